using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Naming;

/// <summary>
/// Adding a component schema whose name collides with existing ones leaves every existing type name as it was:
/// generate, add the colliding schema, regenerate, compare. The one exception, documented in
/// docs/large-documents.md: an added key that spells the identifier exactly, or sorts before every other key that
/// only maps to it, takes the bare name.
/// </summary>
public sealed class StableNamesTests
{
    private const string Existing = """
            pet_item: {type: object, properties: {a: {type: string}}}
            PetItem: {type: object, properties: {b: {type: string}}}
            pet-item: {type: object, properties: {c: {type: string}}}
            class: {type: object, properties: {class: {type: string}}}
            2fa: {type: object, properties: {code: {type: string}}}

        """;

    [Theory]
    [InlineData("petItem: {type: object, properties: {d: {type: string}}}\n")]
    [InlineData("Pet.Item: {type: object, properties: {d: {type: string}}}\n")]
    [InlineData("PETITEM: {type: object, properties: {d: {type: string}}}\n")]
    [InlineData("'2fa.': {type: object, properties: {d: {type: string}}}\n")]
    public void Adding_a_colliding_schema_renames_no_existing_type(string added)
    {
        Dictionary<string, string> before = NamesBySchema(Specs.ParseValid(Specs.Document(Existing)));
        Dictionary<string, string> after = NamesBySchema(Specs.ParseValid(Specs.Document(Existing + "    " + added)));

        foreach ((string schema, string name) in before)
        {
            Assert.Equal(name, after[schema]);
        }

        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(after.Count, after.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_key_that_already_is_the_identifier_keeps_it_and_the_others_get_suffixes_of_their_own()
    {
        Dictionary<string, string> names = NamesBySchema(Specs.ParseValid(Specs.Document(Existing)));

        Assert.Equal("PetItem", names["#/components/schemas/PetItem"]);
        Assert.Matches("^PetItem_[0-9A-F]{6}$", names["#/components/schemas/pet_item"]);
        Assert.Matches("^PetItem_[0-9A-F]{6}$", names["#/components/schemas/pet-item"]);
        Assert.Equal("Class", names["#/components/schemas/class"]);
        Assert.StartsWith("_2", names["#/components/schemas/2fa"], StringComparison.Ordinal);
    }

    private static Dictionary<string, string> NamesBySchema(ApiSpec spec)
        => spec.Objects.Where(o => o.SchemaPath is not null).ToDictionary(o => o.SchemaPath!, o => o.Name, StringComparer.Ordinal);
}
