using System.Diagnostics;
using System.Text;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Diagnostics;

/// <summary>Hostile documents end quickly in a located diagnostic: never a hang, a stack overflow or an exception.</summary>
public sealed class LimitTests
{
    private const string Head = "openapi: 3.0.3\ninfo: {title: L, version: '1'}\npaths: {}\n";

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t")]
    [InlineData("\uFEFF\n")]
    public void An_empty_file_is_CG0010(string text)
    {
        Diagnostic error = Assert.Single(Run(text).Diagnostics);

        Assert.Equal("CG0010", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("empty", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_billion_laughs_document_is_CG0011_at_the_alias_that_crosses_the_limit()
    {
        var text = new StringBuilder(Head).Append("x-a: &a [l, l, l, l, l, l, l, l, l, l]\n");
        for (char level = 'b'; level <= 'j'; level++)
        {
            text.Append($"x-{level}: &{level} [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 10))).Append("]\n");
        }

        Diagnostic error = SingleLimit(text.ToString());

        Assert.Equal(8, DiagnosticAssert.Start(error).Line);
        Assert.Contains("aliases", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ten_thousand_levels_of_nesting_are_CG0011(bool json)
    {
        string text = json
            ? "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"L\", \"version\": \"1\"}, \"paths\": {}, \"x-deep\": " + new string('[', 10_000) + new string(']', 10_000) + "}"
            : Head + "x-deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        Diagnostic error = SingleLimit(text, json ? "/project/hostile.openapi.json" : "/project/hostile.openapi.yaml");

        Assert.Contains("nests deeper than 64 levels", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50 * 1024 * 1024)]
    [InlineData(2 * 1024 * 1024)]
    public void A_huge_string_is_CG0011(int length)
    {
        Diagnostic error = SingleLimit(Head + "x-big: '" + new string('a', length) + "'\n");

        Assert.Contains("characters", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_chain_of_component_aliases_is_CG0011_instead_of_a_quadratic_parse()
    {
        var text = new StringBuilder(Head).Append("components:\n  schemas:\n");
        for (int i = 0; i < 2000; i++)
        {
            text.Append($"    S{i}: {{$ref: '#/components/schemas/S{i + 1}'}}\n");
        }

        text.Append("    S2000: {type: string}\n");

        Diagnostic error = SingleLimit(text.ToString());

        Assert.Contains("$ref", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_objects_deeper_than_the_schema_walk_allows_is_a_CG0012_warning_and_still_compiles()
    {
        var text = new StringBuilder(Head).Append("components:\n  schemas:\n");
        for (int i = 0; i < 100; i++)
        {
            text.Append($"    S{i:D3}: {{type: object, properties: {{next: {{$ref: '#/components/schemas/S{i + 1:D3}'}}}}}}\n");
        }

        text.Append("    S100: {type: object, properties: {end: {type: string}}}\n");

        var (result, output, _) = GeneratorRunner.RunWithCompilation(new[] { new SpecFile("/project/chain.openapi.yaml", text.ToString()) });

        Assert.Null(result.Exception);
        Assert.Contains(result.Diagnostics, d => d.Id == "CG0012" && d.Severity == DiagnosticSeverity.Warning);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_property_referring_to_a_reference_cycle_is_a_located_error_not_an_internal_one()
    {
        GeneratorRunResult result = Run(Head + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n    C: {type: object, properties: {p: {$ref: '#/components/schemas/A'}}}\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CG0007" or "CS8785");
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CG0002", error.Id);
        Assert.Equal(8, DiagnosticAssert.Start(error).Line);
    }

    private static GeneratorRunResult Run(string text, string path = "/project/hostile.openapi.yaml")
    {
        var stopwatch = Stopwatch.StartNew();
        GeneratorRunResult result = GeneratorRunner.Run(new SpecFile(path, text));

        // A hang detector for a loaded CI machine, not a performance bound: each of these takes well under a second.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.Null(result.Exception);
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.Location.GetLineSpan().Path));
        return result;
    }

    private static Diagnostic SingleLimit(string text, string path = "/project/hostile.openapi.yaml")
    {
        GeneratorRunResult result = Run(text, path);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0011", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Empty(result.GeneratedSources);
        return error;
    }
}
