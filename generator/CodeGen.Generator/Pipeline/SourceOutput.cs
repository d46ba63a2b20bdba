using System;
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
            try
            {
                context.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
            }
            catch (ArgumentException)
            {
                // Only a second spec generating the same type lands here; AddSource would otherwise fail the whole generator.
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateOutput, Location.None, file.HintName));
            }
        }
    }
}
