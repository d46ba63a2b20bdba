using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CodeGen.Generator.Tests.Emitting;

/// <summary>
/// End to end through Microsoft.CodeAnalysis.Testing: AdditionalFiles with MSBuild options from analyzer config
/// files, diagnostics located in the YAML, and generated code that must compile with the consumer's code.
/// </summary>
public sealed class EndToEndTests
{
    private const string SpecPath = "/0/pets.openapi.yaml";

    private const string PetsSpec = """
        openapi: 3.0.3
        info:
          title: Pets
          version: '1.0'
        security:
          - bearerAuth: []
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: {type: string}
              responses:
                '200':
                  description: The pet.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
        components:
          securitySchemes:
            bearerAuth: {type: http, scheme: bearer}
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                status:
                  type: string
                  enum: [available, sold]
                tag:
                  oneOf:
                    - {required: [a]}
                    - {required: [b]}
        """;

    private const string Consumer = """
        using System.Threading.Tasks;

        namespace Consumer
        {
            internal static class Program
            {
                internal static async Task<string> DescribeAsync(Pets.Api.PetsClient client)
                {
                    Pets.Api.Pet pet = await client.GetPetAsync("1");
                    return pet.Status == Pets.Api.PetStatus.Sold ? "sold" : pet.Name;
                }
            }
        }
        """;

    [Fact]
    public async Task Options_come_from_analyzer_config_and_diagnostics_point_into_the_yaml()
    {
        (int line, int column) = Find(PetsSpec, "tag:", "tag");
        var test = new CSharpSourceGeneratorTest<OpenApiClientGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = References.Net80Offline,
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            TestState =
            {
                Sources = { Consumer },
                AdditionalFiles = { (SpecPath, PetsSpec) },
                AnalyzerConfigFiles =
                {
                    ("/.globalconfig", "is_global = true\nbuild_property.RootNamespace = Consumer\n"),
                    ("/.editorconfig", $"root = true\n\n[{SpecPath}]\nbuild_metadata.AdditionalFiles.CodeGen_Namespace = Pets.Api\n"),
                },
                AdditionalReferences = { References.Runtime },
                ExpectedDiagnostics =
                {
                    new DiagnosticResult("CG0004", DiagnosticSeverity.Warning)
                        .WithSpan(SpecPath, line, column, line, column + "tag".Length)
                        .WithArguments("A oneOf/anyOf whose choices only add constraints", "the value is kept as JsonElement"),
                },
            },
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task A_non_openapi_file_opted_in_reports_an_error_and_generates_nothing()
    {
        const string path = "/0/settings.yaml";
        var test = new CSharpSourceGeneratorTest<OpenApiClientGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = References.Net80Offline,
            TestState =
            {
                Sources = { "namespace Consumer { internal static class Empty { } }" },
                AdditionalFiles = { (path, "foo: bar\n") },
                AnalyzerConfigFiles =
                {
                    ("/.editorconfig", $"root = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.CodeGen_OpenApi = true\n"),
                },
                AdditionalReferences = { References.Runtime },
                ExpectedDiagnostics =
                {
                    new DiagnosticResult("CG0002", DiagnosticSeverity.Error).WithSpan(path, 1, 1, 1, 1).WithArguments("Version node not found."),
                },
            },
        };

        // No SkipGeneratedSourcesCheck: nothing is generated, and the framework checks exactly that.
        await test.RunAsync();
    }

    private static (int Line, int Column) Find(string text, string lineStart, string token)
    {
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(lineStart, StringComparison.Ordinal));
        Assert.True(index >= 0, $"No line starting with '{lineStart}'");
        return (index + 1, lines[index].IndexOf(token, StringComparison.Ordinal) + 1);
    }
}
