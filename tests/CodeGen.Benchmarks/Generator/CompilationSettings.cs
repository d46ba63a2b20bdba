using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Benchmarks.Generator;

/// <summary>One set of parse and compile options for both generators' output, so only the code differs.</summary>
internal static class CompilationSettings
{
    public static CSharpParseOptions Parse { get; } = new(LanguageVersion.Latest, DocumentationMode.None);

    public static CSharpCompilationOptions Compile { get; } = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true)
        // CodeGen.Runtime targets net8.0 while the references are the running framework's: the SDK's own NoWarn.
        .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    public const string Namespace = "Bench.Generated";
}
