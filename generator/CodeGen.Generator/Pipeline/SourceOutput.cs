using System;
using System.Collections.Generic;
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

        // AddSource throws on a repeated hint name (compared without case), which would fail the whole generator
        // (CS8785). The emitter never repeats one; if it ever did, that is our bug, reported as CG0007 instead.
        var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (GeneratedFile file in emitted.Files)
        {
            if (!added.Add(file.HintName))
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(emitted.Path), $"the file name '{file.HintName}' was generated twice").ToDiagnostic());
                continue;
            }

            try
            {
                context.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
            }
            catch (ArgumentException exception)
            {
                // Roslyn rejects some characters in hint names; names come from identifiers, so this too is our bug.
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, LocationInfo.FileStart(emitted.Path), exception.Message).ToDiagnostic());
            }
        }
    }
}
