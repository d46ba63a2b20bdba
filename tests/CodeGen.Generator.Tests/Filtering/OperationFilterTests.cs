using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Filtering;

/// <summary>
/// CodeGen_Include*/Exclude* keep some operations of a document, and only the component schemas those operations
/// reach (through $ref, allOf/oneOf/anyOf, items and additionalProperties).
/// </summary>
public sealed class OperationFilterTests
{
    private const string Document = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
          /pets/{id}/owner:
            get:
              operationId: getOwner
              tags: [pets, people]
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Owner'}
          /admin/audit:
            get:
              operationId: readAudit
              tags: [admin]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/AuditLog'}
        components:
          schemas:
            Pet:
              allOf:
                - $ref: '#/components/schemas/Animal'
                - type: object
                  properties:
                    toys: {type: array, items: {$ref: '#/components/schemas/Toy'}}
                    labels: {type: object, additionalProperties: {$ref: '#/components/schemas/Label'}}
            Animal:
              type: object
              properties:
                name: {type: string}
            Toy:
              type: object
              properties:
                kind: {$ref: '#/components/schemas/ToyKind'}
            ToyKind: {type: string, enum: [ball, rope]}
            Label: {type: object, properties: {text: {type: string}}}
            Owner: {type: object, properties: {name: {type: string}, pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
            AuditLog: {type: object, properties: {entries: {type: array, items: {$ref: '#/components/schemas/AuditEntry'}}}}
            AuditEntry: {type: object, properties: {who: {type: string}}}
            Unused: {type: object, properties: {x: {type: string}}}
        """;

    [Fact]
    public void Without_filters_every_operation_and_schema_is_generated()
    {
        Generated generated = Generate(new Dictionary<string, string>());

        Assert.Equal(new[] { "GetOwnerAsync", "ListPetsAsync", "ReadAuditAsync" }, generated.Methods);
        Assert.Contains("Unused", generated.Types);
        Assert.Contains("AuditEntry", generated.Types);
    }

    [Fact]
    public void Including_a_tag_keeps_its_operations_and_the_schemas_they_reach_transitively()
    {
        Generated generated = Generate(new() { [SpecInputReader.IncludeTagsMetadata] = "pets" });

        Assert.Equal(new[] { "GetOwnerAsync", "ListPetsAsync" }, generated.Methods);
        foreach (string reached in new[] { "Pet", "Animal", "Toy", "ToyKind", "Label", "Owner" })
        {
            Assert.Contains(reached, generated.Types);
        }

        Assert.DoesNotContain("AuditLog", generated.Types);
        Assert.DoesNotContain("AuditEntry", generated.Types);
        Assert.DoesNotContain("Unused", generated.Types);
    }

    [Fact]
    public void An_excluded_path_glob_removes_operations_below_it_and_wins_over_an_include()
    {
        Generated generated = Generate(new()
        {
            [SpecInputReader.ExcludePathsMetadata] = "/admin/**",
            [SpecInputReader.IncludeOperationsMetadata] = "readAudit,listPets",
        });

        Assert.Equal(new[] { "ListPetsAsync" }, generated.Methods);
        Assert.DoesNotContain("Owner", generated.Types);
        Assert.DoesNotContain("AuditLog", generated.Types);
        Assert.Contains("Toy", generated.Types);
    }

    [Fact]
    public void A_single_star_matches_within_one_segment_only()
    {
        Generated oneSegment = Generate(new() { [SpecInputReader.IncludePathsMetadata] = "/pets/*" });
        Generated anyDepth = Generate(new() { [SpecInputReader.IncludePathsMetadata] = "/pets/**" });

        Assert.Empty(oneSegment.Methods);
        Assert.Equal(new[] { "GetOwnerAsync" }, anyDepth.Methods);
    }

    [Fact]
    public void Excluding_a_tag_and_listing_with_semicolons_works()
    {
        Generated generated = Generate(new() { [SpecInputReader.ExcludeTagsMetadata] = "admin; people" });

        Assert.Equal(new[] { "ListPetsAsync" }, generated.Methods);
    }

    [Theory]
    [InlineData("CodeGen_IncludePaths", "pets/**")]
    [InlineData("CodeGen_ExcludePaths", "/a/***")]
    [InlineData("CodeGen_IncludeTags", " ; , ")]
    public void A_bad_filter_value_is_the_invalid_option_diagnostic(string option, string value)
    {
        var (result, _, _) = Run(new() { ["build_metadata.AdditionalFiles." + option] = value });

        Diagnostic invalid = Assert.Single(result.Diagnostics, d => d.Id == "CG0005");
        Assert.Contains(option, invalid.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("/specs/shop.openapi.yaml", invalid.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Filters_that_keep_nothing_warn()
    {
        var (result, _, _) = Run(new() { [SpecInputReader.IncludeTagsMetadata] = "Pets" });

        Diagnostic warning = Assert.Single(result.Diagnostics, d => d.Id == "CG0141");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("CodeGen_IncludeTags=\"Pets\"", warning.GetMessage(), StringComparison.Ordinal);
    }

    private sealed record Generated(string[] Methods, HashSet<string> Types);

    private static Generated Generate(Dictionary<string, string> metadata)
    {
        var (result, output, _) = Run(metadata);
        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        INamespaceSymbol ns = output.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "Shop");
        INamedTypeSymbol client = ns.GetTypeMembers("ShopClient").Single();
        // The shop's operations span several tags, so most of them sit on per-tag sub-clients nested in the client.
        string[] methods = client.GetTypeMembers().Prepend(client).SelectMany(t => t.GetMembers()).OfType<IMethodSymbol>()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => m.Name)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        return new Generated(methods, ns.GetTypeMembers().Select(t => t.Name).ToHashSet(StringComparer.Ordinal));
    }

    private static (GeneratorRunResult Result, Compilation Output, System.Collections.Immutable.ImmutableArray<Diagnostic> Driver) Run(Dictionary<string, string> metadata)
        => GeneratorRunner.RunWithCompilation(new[] { new SpecFile("/specs/shop.openapi.yaml", Document, Namespace: "Shop") { ExtraMetadata = metadata } });
}
