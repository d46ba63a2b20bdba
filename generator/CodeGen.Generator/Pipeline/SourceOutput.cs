using System;
using System.Collections.Generic;
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
            AddFiles(context, emitted.Files, LocationInfo.FileStart(emitted.Path));
        }
    }

    public static void Add(SourceProductionContext context, ConsumerCheck check)
    {
        Report(context, check.Diagnostics);
        AddFiles(context, check.Polyfills, location: null);
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void AddFiles(SourceProductionContext context, EquatableArray<GeneratedFile> files, LocationInfo? location)
    {
        // AddSource throws on a repeated hint name (compared without case), which would fail the whole generator
        // (CS8785). The emitter never repeats one; if it ever did, that is our bug, reported as CG0007 instead.
        var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (GeneratedFile file in files)
        {
            if (!added.Add(file.HintName))
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, $"the file name '{file.HintName}' was generated twice").ToDiagnostic());
                continue;
            }

            try
            {
                context.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8));
            }
            catch (ArgumentException exception)
            {
                // Roslyn rejects some characters in hint names, and a polyfill's name could clash with a spec's; both are our bugs.
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, exception.Message).ToDiagnostic());
            }
        }
    }
}
