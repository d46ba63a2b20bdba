using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Input;

/// <summary>
/// The same small API written as Swagger 2.0, OpenAPI 3.0, 3.1 and 3.2, in YAML and in JSON, generates the same
/// client surface: a <c>Pet</c> record and a <c>GetPetAsync</c> method, compiling with no error or warning.
/// </summary>
public sealed class DocumentVersionTests
{
    private const string Swagger20 = """
        swagger: '2.0'
        info: {title: Pets, version: '1'}
        host: pets.example.com
        basePath: /v1
        schemes: [https]
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              produces: [application/json]
              parameters:
                - {name: id, in: path, required: true, type: string}
              responses:
                '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}
        definitions:
          Pet:
            type: object
            required: [name]
            properties:
              name: {type: string}
              age: {type: integer, format: int32}
        """;

    private const string OpenApi3Template = """
        openapi: VERSION
        info: {title: Pets, version: '1'}
        servers: [{url: 'https://pets.example.com/v1'}]
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                age: {type: integer, format: int32}
        """;

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach ((string name, string yaml) in new[]
        {
            ("swagger-2.0", Swagger20),
            ("openapi-3.0", OpenApi3Template.Replace("VERSION", "3.0.3")),
            ("openapi-3.1", OpenApi3Template.Replace("VERSION", "3.1.1")),
            ("openapi-3.2", OpenApi3Template.Replace("VERSION", "3.2.0")),
        })
        {
            data.Add(name + ".openapi.yaml", yaml);
            data.Add(name + ".openapi.json", YamlToJson(yaml));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_version_and_format_generates_the_same_client(string fileName, string text)
    {
        var (result, output, _) = GeneratorRunner.RunWithCompilation(new[] { new SpecFile("/specs/" + fileName, text, Namespace: "Pets") });

        Assert.Null(result.Exception);
        Assert.True(result.Diagnostics.IsEmpty, DiagnosticAssert.All(result.Diagnostics));
        Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, DiagnosticAssert.All(problems));
        INamedTypeSymbol pet = output.GetTypeByMetadataName("Pets.Pet")!;
        Assert.NotNull(pet);
        Assert.Equal(new[] { "Age", "Name" }, pet.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        INamedTypeSymbol client = output.GetTypeByMetadataName("Pets.PetsClient")!;
        Assert.Contains(client.GetMembers("GetPetAsync"), m => m is IMethodSymbol);
    }

    [Fact]
    public void A_version_the_reader_does_not_know_is_a_located_diagnostic_not_a_throw()
    {
        var (result, _, _) = GeneratorRunner.RunWithCompilation(new[] { new SpecFile("/specs/future.openapi.yaml", OpenApi3Template.Replace("VERSION", "4.0.0"), Namespace: "Pets") });

        Assert.Null(result.Exception);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("/specs/future.openapi.yaml", error.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }

    /// <summary>The flow-style YAML above, as JSON: parsed by the YAML reader the tests already reference.</summary>
    private static string YamlToJson(string yaml)
    {
        var stream = new SharpYaml.Serialization.Serializer();
        object? tree = stream.Deserialize(yaml);
        return System.Text.Json.JsonSerializer.Serialize(Normalize(tree));
    }

    private static object? Normalize(object? node) => node switch
    {
        IDictionary<object, object> map => map.ToDictionary(e => (string)e.Key, e => Normalize(e.Value)),
        IList<object> list => list.Select(Normalize).ToList(),
        _ => node,
    };
}
