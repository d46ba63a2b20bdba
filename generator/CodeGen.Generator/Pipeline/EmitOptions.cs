using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Pipeline;

/// <summary>Facts about the consuming compilation's language version that change what is emitted.</summary>
/// <param name="LanguageVersion">The effective C# version of the consumer.</param>
internal sealed record EmitOptions(LanguageVersion LanguageVersion)
{
    /// <summary>The oldest C# the generated code compiles with: records and <c>init</c> accessors.</summary>
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp9;

    /// <summary>
    /// The consumer references Microsoft.Extensions.Http, so the client's <c>IServiceCollection</c> registration is
    /// emitted. Set from <see cref="CompilationFacts"/>; part of the record's equality like the language version.
    /// </summary>
    public bool EmitsDependencyInjection { get; init; }

    /// <summary>C# 11 or later: emit the <c>required</c> modifier.</summary>
    public bool SupportsRequiredMembers => LanguageVersion >= LanguageVersion.CSharp11;

    /// <summary>Whether the generated code compiles at all with this language version.</summary>
    public bool IsLanguageVersionSupported => LanguageVersion >= MinimumLanguageVersion;

    public static EmitOptions For(Microsoft.CodeAnalysis.ParseOptions options)
        // Non-C# parse options cannot reach a C# generator; Latest keeps the choice total.
        => new(options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest);
}
