using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Emitting;
using CodeGen.Generator.Helpers;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Pipeline;

/// <summary>
/// Whether the consuming project can compile generated code at all, decided once per compilation. When it cannot,
/// one diagnostic says what to change and no spec code is added, instead of a flood of CS0246 or CS8936 errors.
/// </summary>
/// <param name="CanEmit">Spec code may be added.</param>
/// <param name="Diagnostics">What the project must change, reported once.</param>
/// <param name="Polyfills">Compiler-support types the target framework lacks, added once.</param>
internal sealed record ConsumerCheck(bool CanEmit, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<GeneratedFile> Polyfills)
{
    private static readonly ConsumerCheck s_nothingToCheck = new(true, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<GeneratedFile>.Empty);

    public static ConsumerCheck Evaluate(CompilationFacts facts, EmitOptions options, bool hasSpecs)
    {
        // A project that references the generator but holds no spec gets nothing, not even polyfills.
        if (!hasSpecs)
        {
            return s_nothingToCheck;
        }

        var diagnostics = new List<DiagnosticInfo>();
        if (!facts.ReferencesRuntime)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RuntimeNotReferenced, null, GeneratorVersion.Package));
        }

        if (!options.IsLanguageVersionSupported)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.LanguageVersionTooOld,
                null,
                options.LanguageVersion.ToDisplayString(),
                EmitOptions.MinimumLanguageVersion.ToDisplayString()));
        }

        if (diagnostics.Count > 0)
        {
            return new ConsumerCheck(false, diagnostics.ToEquatableArray(), EquatableArray<GeneratedFile>.Empty);
        }

        return new ConsumerCheck(true, EquatableArray<DiagnosticInfo>.Empty, PolyfillEmitter.Emit(facts, options));
    }
}
