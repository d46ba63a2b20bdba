using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>Finds diagnostics by id and checks where they point, in 1-based lines and columns as a build prints them.</summary>
internal static class DiagnosticAssert
{
    public static DiagnosticInfo Single(ParsedSpec parsed, string id)
    {
        DiagnosticInfo[] matches = parsed.Diagnostics.Where(d => d.Descriptor.Id == id).ToArray();
        Assert.True(matches.Length == 1, $"Expected one {id}, got: {All(parsed)}");
        return matches[0];
    }

    public static (int Line, int Column) Start(DiagnosticInfo diagnostic)
    {
        Assert.NotNull(diagnostic.Location);
        return (diagnostic.Location!.LineSpan.Start.Line + 1, diagnostic.Location.LineSpan.Start.Character + 1);
    }

    public static (int Line, int Column) Start(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    public static string All(ParsedSpec parsed)
        => parsed.Diagnostics.IsEmpty ? "(none)" : string.Join(" | ", parsed.Diagnostics.Select(Specs.Describe));

    public static string All(IEnumerable<Diagnostic> diagnostics)
    {
        string text = string.Join(" | ", diagnostics.Select(d => d.ToString()));
        return text.Length == 0 ? "(none)" : text;
    }
}
