using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Input;

/// <summary>
/// A finding of Microsoft.OpenApi's validator on a document it read whole is warning CG0140 at the offending node,
/// and the client is still generated; a document without info stays an error.
/// </summary>
public sealed class SpecificationRuleTests
{
    [Fact]
    public void An_operation_without_responses_is_a_located_warning_and_the_client_still_generates()
    {
        const string yaml = """
            openapi: 3.1.0
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses: {}
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: gone}
            """;

        var (result, output, _) = GeneratorRunner.RunWithCompilation(new[] { new SpecFile("/specs/pets.openapi.yaml", yaml, Namespace: "Pets") });

        Diagnostic warning = Assert.Single(result.Diagnostics, d => d.Id == "CG0140");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("ResponsesMustContainAtLeastOneResponse", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Equal((7, 7), DiagnosticAssert.Start(warning));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.NotNull(output.GetTypeByMetadataName("Pets.PetsClient")?.GetMembers("GetPetAsync").SingleOrDefault());
    }

    [Fact]
    public void A_document_without_info_is_still_an_error()
    {
        var (result, _, _) = GeneratorRunner.RunWithCompilation(new[] { new SpecFile("/specs/bare.openapi.yaml", "openapi: 3.0.3\npaths: {}\n") });

        Diagnostic[] errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.Equal(new[] { "CG0002", "CG0002" }, errors.Select(d => d.Id));
        Assert.All(errors, e => Assert.Contains("'info' object is REQUIRED", e.GetMessage(), StringComparison.Ordinal));
    }
}
