using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Input;

/// <summary>
/// Multi-file documents are not supported yet (docs/large-documents.md): a <c>$ref</c> to another file is never
/// loaded, from disk or anywhere else (not even from another AdditionalFile), and is reported where it is written.
/// </summary>
public sealed class ExternalReferenceTests
{
    [Theory]
    [InlineData("./schemas/pet.yaml#/Pet")]
    [InlineData("common.json#/components/schemas/Pet")]
    [InlineData("https://example.com/pet.json")]
    public void A_reference_to_another_file_is_a_located_error_naming_it(string target)
    {
        string yaml = $$"""
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: '{{target}}'
            """;
        var spec = new SpecFile("/specs/pets.openapi.yaml", yaml, Namespace: "Pets");

        var (result, _, _) = GeneratorRunner.RunWithCompilation(new[] { spec, new SpecFile("/specs/schemas/pet.yaml", "Pet: {type: object}") });

        Assert.Null(result.Exception);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Id == "CG0142");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/specs/pets.openapi.yaml", error.Location.GetLineSpan().Path);
        Assert.Equal((13, 24), DiagnosticAssert.Start(error));
        Assert.Contains($"'{target}'", error.GetMessage(), StringComparison.Ordinal);
    }
}

