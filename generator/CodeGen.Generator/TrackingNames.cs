namespace CodeGen.Generator;

/// <summary>Names of the pipeline steps, so tests can check that each is cached when nothing it reads changed.</summary>
public static class TrackingNames
{
    /// <summary>The spec files with their options, as plain strings.</summary>
    public const string SpecInputs = nameof(SpecInputs);

    /// <summary>Each spec with the texts of the other AdditionalFiles its <c>$ref</c>s reach.</summary>
    public const string ReferencedFiles = nameof(ReferencedFiles);

    /// <summary>Each spec parsed into its model and diagnostics.</summary>
    public const string ParsedSpecs = nameof(ParsedSpecs);

    /// <summary>Facts about the consuming compilation that shape the code.</summary>
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>What the consuming compilation already has: the runtime package and compiler-support types.</summary>
    public const string CompilationFacts = nameof(CompilationFacts);

    /// <summary>Whether the consumer can compile generated code, and the polyfills it needs.</summary>
    public const string ConsumerCheck = nameof(ConsumerCheck);

    /// <summary>Each spec's generated files.</summary>
    public const string EmittedSpecs = nameof(EmittedSpecs);

    /// <summary>The hint names of every spec, collected to keep them unique.</summary>
    public const string HintClaims = nameof(HintClaims);

    /// <summary>Each spec's files without those another spec already generates.</summary>
    public const string UniqueOutputs = nameof(UniqueOutputs);
}
