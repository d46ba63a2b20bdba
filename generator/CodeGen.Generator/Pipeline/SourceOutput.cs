using System.Text;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Pipeline;

/// <summary>Adds generated files and diagnostics to the compilation.</summary>
internal static class SourceOutput
{
    // includeFiles is false when the consumer cannot compile generated code: only the spec's own diagnostics are reported.
    public static void Add(SourceProductionContext context, EmittedSpec emitted, bool includeFiles)
    {
        Report(context, emitted.Diagnostics);
        if (includeFiles)
        {
            AddFiles(context, emitted.Files);
        }
    }

    public static void Add(SourceProductionContext context, ConsumerCheck check)
    {
        Report(context, check.Diagnostics);
        AddFiles(context, check.Polyfills);
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void AddFiles(SourceProductionContext context, EquatableArray<GeneratedFile> files)
    {
        foreach (GeneratedFile file in files)
        {
            context.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
        }
    }
}
