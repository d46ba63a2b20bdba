namespace CodeGen.Generator.Parsing.Limits;

/// <summary>
/// Bounds on what the generator reads. The generator runs inside the compiler, where a hang or a stack overflow takes
/// the whole build (or the IDE) down; a hostile or broken document must end quickly in a diagnostic instead.
/// Each bound sits far above what real API descriptions need. docs/diagnostics.md (CG0011, CG0012) lists them.
/// </summary>
internal static class DocumentLimits
{
    /// <summary>16 Mi characters: about twice the largest public descriptions (GitHub's REST API is under 10 MB).</summary>
    public const int MaxInputChars = 16 * 1024 * 1024;

    /// <summary>
    /// Nesting of YAML/JSON collections. Microsoft.OpenApi reads JSON with System.Text.Json's fixed depth of 64, so the
    /// same bound for YAML makes both formats behave alike; it allows about 30 levels of inline schemas.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Mappings, sequences and scalars, aliases expanded: about ten times a large real description.</summary>
    public const int MaxNodeCount = 2_000_000;

    /// <summary>Nodes added by expanding YAML aliases (<c>*anchor</c>): stops "billion laughs" documents.</summary>
    public const int MaxAliasExpansionNodes = 100_000;

    /// <summary>One string value: 1 Mi characters, room for a long Markdown description.</summary>
    public const int MaxScalarLength = 1024 * 1024;

    /// <summary>
    /// A component that is only a <c>$ref</c> to another component, chained. Microsoft.OpenApi resolves such
    /// chains in quadratic time (2,000 links took 9 s), and real documents rarely chain more than two or three.
    /// </summary>
    public const int MaxReferenceChainLength = 32;

    /// <summary>
    /// Nesting of our own schema walk (inline schemas and followed <c>$ref</c>s). The walk is recursive, and a stack
    /// overflow cannot be caught: it would kill the compiler. 64 levels use a few tens of KB of stack.
    /// </summary>
    public const int MaxSchemaDepth = 64;
}
