using System.Collections.Immutable;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Conformance;

/// <summary>
/// Generates a client from one document and compiles it against CodeGen.Runtime. It passes when the generator does not
/// throw, reports no error, emits code, and that code compiles with no error.
/// </summary>
internal static class ConformanceRun
{
    /// <summary>Runs one document; returns <see langword="null"/> when it passes, else why it failed (first problems only).</summary>
    public static string? Failure(SpecFile spec)
    {
        var (result, output, driverDiagnostics) = GeneratorRunner.RunWithCompilation(new[] { spec });
        if (result.Exception is { } exception)
        {
            return $"generator threw {exception.GetType().Name}: {exception.Message}";
        }

        Diagnostic[] generatorErrors = result.Diagnostics.Concat(driverDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (generatorErrors.Length > 0)
        {
            return $"{generatorErrors.Length} generator error(s): " + Describe(generatorErrors);
        }

        if (result.GeneratedSources.IsEmpty)
        {
            return "the generator emitted nothing";
        }

        ImmutableArray<Diagnostic> compileErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return compileErrors.IsEmpty ? null : $"{compileErrors.Length} compiler error(s): " + Describe(compileErrors);
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join(" | ", diagnostics.Take(5).Select(d => $"{d.Id} {Path.GetFileName(d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path)}: {d.GetMessage()}"));
}
