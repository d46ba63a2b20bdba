using System.Globalization;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Diagnostics;

/// <summary>
/// What `dotnet build` prints: Roslyn's <see cref="DiagnosticFormatter"/> is what the command-line compiler uses, so
/// these strings are the build output lines documented in docs/diagnostics.md.
/// </summary>
public sealed class BuildOutputFormatTests
{
    private const string Path = "/project/pets.openapi.yaml";

    private static readonly DiagnosticFormatter s_formatter = new();

    [Theory]
    [InlineData("wrong $ref", 9, "error CG0002: ")]
    [InlineData("yaml syntax", 5, "error CG0002: Unable to parse the YAML document at line 5, column 1")]
    [InlineData("unsupported", 9, "warning CG0004: A oneOf/anyOf whose choices only add constraints is not supported yet; the value is kept as JsonElement")]
    public void A_spec_problem_prints_as_file_line_column_severity_id_message(string problem, int line, string expected)
    {
        string text = problem switch
        {
            "wrong $ref" => Doc("owner: {$ref: '#/components/schemas/Missing'}"),
            "yaml syntax" => "openapi: 3.0.3\ninfo: {title: P, version: '1'}\npaths:\n  /pets: {get: {responses: {'200': {description: ok}}}\n",
            _ => Doc("owner: {oneOf: [{required: [a]}, {required: [b]}]}"),
        };

        GeneratorRunResult result = GeneratorRunner.Run(new SpecFile(Path, text));

        string[] lines = result.Diagnostics.Select(d => s_formatter.Format(d, CultureInfo.InvariantCulture)).ToArray();
        string prefix = $"{Path}({line},";
        Assert.True(lines.Any(l => l.StartsWith(prefix, StringComparison.Ordinal) && l.Contains("): " + expected, StringComparison.Ordinal)), string.Join("\n", lines));
    }

    private static string Doc(string property)
        => "openapi: 3.0.3\ninfo: {title: P, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        " + property + "\n";

}
