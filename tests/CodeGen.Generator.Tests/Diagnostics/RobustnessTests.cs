using System.Diagnostics;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Diagnostics;

public sealed class RobustnessTests
{
    public static TheoryData<string> BrokenInputs => new()
    {
        "empty",
        "whitespace",
        "binary",
        "version only",
        "not openapi",
        "scalar document",
        "sequence document",
        "deep flow nesting",
        "deep block nesting",
        "alias bomb",
        "swagger 2 without info",
        "unsupported version",
        "paths not a map",
        "schemas not a map",
        "json garbage",
    };

    private static string Text(string name) => name switch
    {
        "empty" => string.Empty,
        "whitespace" => "  \n\t\n",
        "binary" => "\0\u0001\u0002\u00ff\ufffe garbage \u001b[31m\0",
        "version only" => "openapi: 3.0.3\n",
        "not openapi" => "foo: bar\n",
        "scalar document" => "just a string\n",
        "sequence document" => "- a\n- b\n",
        "deep flow nesting" => "openapi: 3.0.3\ninfo: {title: D, version: '1'}\npaths: {}\nx-deep: " + new string('[', 50_000) + new string(']', 50_000) + "\n",
        "deep block nesting" => "openapi: 3.0.3\ninfo: {title: D, version: '1'}\npaths: {}\nx-deep:\n"
            + string.Concat(Enumerable.Range(1, 400).Select(i => new string(' ', i * 2) + "a:\n")) + new string(' ', 802) + "b: 1\n",
        "alias bomb" => "openapi: 3.0.3\ninfo: {title: B, version: '1'}\npaths: {}\n"
            + "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
            + "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n",
        "swagger 2 without info" => "swagger: '2.0'\npaths: {}\n",
        "unsupported version" => "openapi: 9.9.9\ninfo: {title: V, version: '1'}\npaths: {}\n",
        "paths not a map" => "openapi: 3.0.3\ninfo: {title: P, version: '1'}\npaths: [1, 2, 3]\n",
        "schemas not a map" => "openapi: 3.0.3\ninfo: {title: S, version: '1'}\npaths: {}\ncomponents:\n  schemas: 42\n",
        "json garbage" => "{\"openapi\": \"3.0.3\", \"info\": [}",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(BrokenInputs))]
    public void The_generator_never_throws_and_reports_an_error(string name)
    {
        var spec = new SpecFile("/project/broken.openapi.yaml", Text(name));
        var stopwatch = Stopwatch.StartNew();

        GeneratorRunResult result = GeneratorRunner.Run(spec);

        Assert.Null(result.Exception);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"{name}: took {stopwatch.Elapsed}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CG0007" or "CS8785");
        Assert.True(
            result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CG", StringComparison.Ordinal)),
            $"{name}: expected a CG error, got {DiagnosticAssert.All(result.Diagnostics)}");
        Assert.All(result.Diagnostics, d => Assert.Equal(spec.Path, d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_json_spec_with_syntax_errors_is_reported_too()
    {
        var spec = new SpecFile("/project/broken.openapi.json", "{\"openapi\": \"3.0.3\",\n \"info\": {\"title\": \"J\", \"version\": \"1\"},\n \"paths\": {\n}");

        GeneratorRunResult result = GeneratorRunner.Run(spec);

        Assert.Null(result.Exception);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Cancellation_is_not_turned_into_a_diagnostic()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var input = new SpecInput(Specs.DefaultPath, File.ReadAllText(RepoPaths.AigcVideoSpec), Specs.DefaultOptions);

        Assert.ThrowsAny<OperationCanceledException>(() => global::CodeGen.Generator.Parsing.ApiSpecParser.Parse(input, cancellation.Token));
    }
}
