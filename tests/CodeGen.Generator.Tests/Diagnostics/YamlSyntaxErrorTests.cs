using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Diagnostics;

public sealed class YamlSyntaxErrorTests
{
    /// <summary>Line 10 is indented one space less than its sibling on line 9.</summary>
    private const string BadIndentation = """
        openapi: 3.0.3
        info:
          title: Broken
          version: '1'
        paths: {}
        components:
          schemas:
            A:
              type: object
             properties: {}
        """;

    /// <summary>The flow mapping opened on line 7 is never closed; the parser notices at line 8, column 1.</summary>
    private const string UnclosedFlowMapping = """
        openapi: 3.0.3
        info:
          title: Broken
          version: '1'
        paths:
          /a:
            get: {responses: {'200': {description: ok}
        components: {}
        """;

    /// <summary>The quoted scalar opened on line 11, column 15 is never closed.</summary>
    private const string UnterminatedQuote = """
        openapi: 3.0.3
        info:
          title: Broken
          version: '1'
        paths: {}
        components:
          schemas:
            A:
              type: object
              properties:
                name: "unterminated
                other: {type: string}
        """;

    public static TheoryData<string, string, int, int> Cases => new()
    {
        { nameof(BadIndentation), BadIndentation, 10, 6 },
        { nameof(UnclosedFlowMapping), UnclosedFlowMapping, 8, 1 },
        { nameof(UnterminatedQuote), UnterminatedQuote, 11, 15 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_syntax_error_is_an_error_in_the_spec_file_past_line_1_and_nothing_is_generated(string name, string yaml, int line, int column)
    {
        ParsedSpec parsed = Specs.Parse(yaml);

        Assert.Null(parsed.Spec);
        DiagnosticInfo error = Assert.Single(parsed.Diagnostics);
        Assert.Contains(error.Descriptor.Id, new[] { "CG0001", "CG0002" });
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, error.Descriptor.DefaultSeverity);
        Assert.Equal(Specs.DefaultPath, error.Location!.FilePath);
        Assert.True(DiagnosticAssert.Start(error).Line > 1, $"{name}: located at line 1 instead of near line {line}, column {column}");
    }

    // SourceLocator.LocateError reads SharpYaml's "(Lin: 9, Col: 5" from the message as 1-based, but SharpYaml counts from 0:
    // every YAML syntax error lands one line (and one column) early. The same message says "at line 10, column 6".
    [Theory]
    [MemberData(nameof(Cases))]
    public void A_syntax_error_is_located_at_the_offending_line_and_column(string name, string yaml, int line, int column)
    {
        DiagnosticInfo error = Assert.Single(Specs.Parse(yaml).Diagnostics);

        Assert.True(DiagnosticAssert.Start(error) == (line, column), $"{name}: expected ({line},{column}), got {Specs.Describe(error)}");
    }

    [Fact]
    public void The_build_sees_the_error_as_an_external_file_location()
    {
        var spec = new SpecFile("/project/api/broken.openapi.yaml", BadIndentation);

        var (result, _, driverDiagnostics) = GeneratorRunner.RunWithCompilation(new[] { spec });

        Assert.Null(result.Exception);
        Assert.Empty(driverDiagnostics.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal)));
        Microsoft.CodeAnalysis.Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(Microsoft.CodeAnalysis.LocationKind.ExternalFile, error.Location.Kind);
        Assert.Equal(spec.Path, error.Location.GetLineSpan().Path);
        Assert.True(DiagnosticAssert.Start(error).Line > 1);
        Assert.Empty(result.GeneratedSources);
    }
}
