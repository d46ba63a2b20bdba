using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.FileReferences;

/// <summary>
/// Every reference that cannot be followed is reported at the <c>$ref</c> that names it, in the file that holds it,
/// and nothing is read from disk or network to try.
/// </summary>
public sealed class ReferenceDiagnosticTests
{
    private const string RootPath = "/specs/pets.openapi.yaml";

    private static SpecFile Root(string target) => new(RootPath, $$"""
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
        """, Namespace: "Pets");

    [Fact]
    public void A_file_that_is_not_an_additional_file_is_an_error_saying_which_item_to_add()
    {
        Diagnostic error = SingleError(new[] { Root("./schemas/pet.yaml#/Pet") }, "CG0142");

        Assert.Equal(RootPath, error.Location.GetLineSpan().Path);
        Assert.Equal((13, 17), DiagnosticAssert.Start(error));
        Assert.Contains("'./schemas/pet.yaml#/Pet'", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("<AdditionalFiles Include=\"/specs/schemas/pet.yaml\" />", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pointer_missing_from_a_present_file_is_an_error_naming_both()
    {
        var pet = new SpecFile("/specs/schemas/pet.yaml", "Pet: {type: object}\n");

        Diagnostic error = SingleError(new[] { Root("./schemas/pet.yaml#/Dog"), pet }, "CG0144");

        Assert.Equal(RootPath, error.Location.GetLineSpan().Path);
        Assert.Equal((13, 17), DiagnosticAssert.Start(error));
        Assert.Contains("'#/Dog'", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("/specs/schemas/pet.yaml", error.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/pet.json#/Pet")]
    [InlineData("http://example.com/pet.yaml")]
    [InlineData("file:///etc/pet.yaml")]
    public void An_absolute_uri_is_never_fetched_and_is_an_error(string target)
    {
        Diagnostic error = SingleError(new[] { Root(target) }, "CG0143");

        Assert.Equal(RootPath, error.Location.GetLineSpan().Path);
        Assert.Equal((13, 17), DiagnosticAssert.Start(error));
        Assert.Contains($"'{target}'", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_does_not_parse_is_an_error_located_in_that_file()
    {
        var broken = new SpecFile("/specs/schemas/pet.yaml", "Pet:\n  type: object\n  properties: [unclosed\n");

        Diagnostic error = SingleError(new[] { Root("./schemas/pet.yaml#/Pet"), broken }, "CG0145");

        Assert.Equal("/specs/schemas/pet.yaml", error.Location.GetLineSpan().Path);
        Assert.Equal(4, DiagnosticAssert.Start(error).Line);
    }

    [Fact]
    public void A_bad_reference_inside_a_referenced_file_is_located_in_that_file()
    {
        var pet = new SpecFile("/specs/schemas/pet.yaml", "Pet:\n  type: object\n  properties:\n    tag:\n      $ref: '../common/tag.yaml'\n    owner:\n      $ref: '#/Owner'\n");

        GeneratorRunResult result = GeneratorRunner.Run(Root("./schemas/pet.yaml#/Pet"), pet);

        Assert.Null(result.Exception);
        Diagnostic missingFile = Assert.Single(result.Diagnostics, d => d.Id == "CG0142");
        Assert.Equal("/specs/schemas/pet.yaml", missingFile.Location.GetLineSpan().Path);
        Assert.Equal((5, 7), DiagnosticAssert.Start(missingFile));
        Assert.Contains("/specs/common/tag.yaml", missingFile.GetMessage(), StringComparison.Ordinal);
        Diagnostic missingPointer = Assert.Single(result.Diagnostics, d => d.Id == "CG0144");
        Assert.Equal("/specs/schemas/pet.yaml", missingPointer.Location.GetLineSpan().Path);
        Assert.Equal((7, 7), DiagnosticAssert.Start(missingPointer));
    }

    [Fact]
    public void References_that_only_lead_to_each_other_are_a_warning_not_a_hang()
    {
        var loop = new SpecFile("/specs/schemas/loop.yaml", "A:\n  $ref: '#/B'\nB:\n  $ref: 'loop.yaml#/A'\n");

        GeneratorRunResult result = GeneratorRunner.Run(Root("./schemas/loop.yaml#/A"), loop);

        Assert.Null(result.Exception);
        Diagnostic warning = Assert.Single(result.Diagnostics, d => d.Id == "CG0146");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    private static Diagnostic SingleError(IEnumerable<SpecFile> files, string id)
    {
        GeneratorRunResult result = GeneratorRunner.Run(files.ToArray());
        Assert.Null(result.Exception);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id != id && d.Severity == DiagnosticSeverity.Error);
        return error;
    }
}
