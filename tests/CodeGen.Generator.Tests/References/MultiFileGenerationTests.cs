using System.Text.Json;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.FileReferences;

/// <summary>A document spread over several AdditionalFiles generates as if it were one file.</summary>
public sealed class MultiFileGenerationTests
{
    [Fact]
    public void Every_file_is_read_and_the_code_compiles_without_warnings()
    {
        using var code = new LoadedGeneratedCode("References.MultiFile", MultiFileDocument.All, MultiFileDocument.Namespace, "PetsClientJsonTypeInfoResolver", warningsAreErrors: true);

        Assert.Empty(code.DriverDiagnostics);
        Assert.DoesNotContain(code.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        foreach (string type in new[] { "Pet", "Tag", "Owner", "Error" })
        {
            Assert.NotNull(code.Type(type));
        }

        string client = code.Sources.Single(s => s.Key.EndsWith("PetsClient.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("ListPetsAsync(int? limit", client, StringComparison.Ordinal);
        Assert.Contains("CreatePetAsync(global::Pets.Client.Pet body", client, StringComparison.Ordinal);
        Assert.Contains("GetOwnerAsync(string id", client, StringComparison.Ordinal);
        Assert.Contains("A pet, from its own file.", code.Sources.Single(s => s.Key.EndsWith(".Pet.g.cs", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_root_generates_referenced_files_never_do_on_their_own()
    {
        GeneratorRunResult result = GeneratorRunner.Run(MultiFileDocument.All);

        Assert.Null(result.Exception);
        Assert.All(result.GeneratedSources, s => Assert.StartsWith(MultiFileDocument.Namespace + ".", s.HintName, StringComparison.Ordinal));
        Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith(".Pet.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_from_another_file_round_trips_through_json()
    {
        using var code = new LoadedGeneratedCode("References.RoundTrip", MultiFileDocument.All, MultiFileDocument.Namespace, "PetsClientJsonTypeInfoResolver", warningsAreErrors: true);
        const string json = """{"id":7,"name":"Rex","tag":{"label":"good"},"owner":{"name":"Ann","pets":[{"id":8,"name":"Tom"}]}}""";

        object? pet = JsonSerializer.Deserialize(json, code.Type("Pet"), code.Options);
        string written = JsonSerializer.Serialize(pet, code.Type("Pet"), code.Options);

        Assert.Equal(json, written);
        object owner = code.Type("Pet").GetProperty("Owner")!.GetValue(pet)!;
        Assert.Equal(code.Type("Owner"), owner.GetType());
    }

    [Fact]
    public void A_json_root_reads_a_yaml_file_and_a_yaml_root_a_json_file()
    {
        var jsonRoot = new SpecFile("/repo/mixed/store.openapi.json", """
            {
              "openapi": "3.0.3",
              "info": {"title": "Store", "version": "1"},
              "paths": {
                "/items": {
                  "get": {
                    "operationId": "listItems",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "defs/item.yaml#/Item"}}}}}
                  }
                }
              }
            }
            """, Namespace: "Store.Client");
        var item = new SpecFile("/repo/mixed/defs/item.yaml", "Item:\n  type: object\n  properties:\n    price:\n      $ref: 'price.json'\n");
        var price = new SpecFile("/repo/mixed/defs/price.json", """{"type": "object", "properties": {"amount": {"type": "number", "format": "double"}}}""");

        using var code = new LoadedGeneratedCode("References.Mixed", new[] { jsonRoot, item, price }, "Store.Client", "StoreClientJsonTypeInfoResolver", warningsAreErrors: true);

        Assert.DoesNotContain(code.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        const string json = """{"price":{"amount":2.5}}""";
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, code.Type("Item"), code.Options), code.Type("Item"), code.Options));
        Assert.NotNull(code.Type("Price"));
    }

    [Fact]
    public void A_schema_from_another_file_named_like_a_root_component_gets_a_suffix_and_the_root_keeps_its_name()
    {
        var root = new SpecFile("/repo/zoo/zoo.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Zoo, version: '1'}
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
                            type: object
                            properties:
                              mine: {$ref: '#/components/schemas/Pet'}
                              theirs: {$ref: 'other/pet.yaml'}
                              again: {$ref: '#/paths/~1pets/get/responses/200/content/application~1json/schema/properties/theirs'}
            components:
              schemas:
                Pet: {type: object, properties: {name: {type: string}}}
            """, Namespace: "Zoo.Client");
        var other = new SpecFile("/repo/zoo/other/pet.yaml", "type: object\nproperties:\n  species: {type: string}\n");

        using var code = new LoadedGeneratedCode("References.Collision", new[] { root, other }, "Zoo.Client", "ZooClientJsonTypeInfoResolver", warningsAreErrors: true);

        Assert.DoesNotContain(code.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.NotNull(code.Type("Pet").GetProperty("Name"));
        Assert.NotNull(code.Type("Pet2").GetProperty("Species"));
        string response = code.Sources.Single(s => s.Key.EndsWith(".ListPetsResponse.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("global::Zoo.Client.Pet2? Again", response, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_component_that_is_only_a_reference_to_a_file_names_that_files_type()
    {
        var root = new SpecFile("/repo/adopt/api.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Adopt, version: '1'}
            paths:
              /animals:
                get:
                  operationId: listAnimals
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: './models/animal.yaml'}}
            components:
              schemas:
                Creature:
                  $ref: './models/animal.yaml'
            """, Namespace: "Adopt.Client");
        var animal = new SpecFile("/repo/adopt/models/animal.yaml", "type: object\nproperties:\n  legs: {type: integer}\n");

        GeneratorRunResult result = GeneratorRunner.Run(root, animal);

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Adopt.Client.Creature.g.cs");
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.Contains("Animal", StringComparison.Ordinal));
        Assert.Contains("IReadOnlyList<global::Adopt.Client.Creature>", result.GeneratedSources.Single(s => s.HintName == "Adopt.Client.AdoptClient.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }
}
