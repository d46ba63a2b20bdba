using System.Text;
using CodeGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Pipeline;

/// <summary>Adds one spec's files and diagnostics to the compilation.</summary>
internal static class SourceOutput
{
    public static void Add(SourceProductionContext context, EmittedSpec emitted)
    {
        foreach (DiagnosticInfo diagnostic in emitted.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        foreach (GeneratedFile file in emitted.Files)
        {
            context.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
        }
    }
}
