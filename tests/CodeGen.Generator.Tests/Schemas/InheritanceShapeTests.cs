using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>What <c>allOf: [$ref: Base, {...}]</c> becomes in C#: derived records, and merged records where inheritance does not apply.</summary>
public sealed class InheritanceShapeTests : IClassFixture<InheritanceDocument>
{
    private readonly InheritanceDocument _document;

    public InheritanceShapeTests(InheritanceDocument document) => _document = document;

    [Theory]
    [InlineData("Dog", "Animal")]
    [InlineData("Cat", "Animal")]
    [InlineData("Puppy", "Dog")]
    [InlineData("Car", "Vehicle")]
    [InlineData("Bike", "Vehicle")]
    [InlineData("Person", "Named")]
    [InlineData("Branch", "Node")]
    public void A_schema_whose_first_object_reference_is_a_base_derives_from_it(string derived, string @base)
    {
        Assert.Equal(_document.Type(@base), _document.Type(derived).BaseType);
        Assert.True(_document.Type(@base).IsAssignableFrom(_document.Type(derived)));
    }

    [Fact]
    public void Multi_level_inheritance_reaches_the_root()
        => Assert.True(_document.Type("Animal").IsAssignableFrom(_document.Type("Puppy")));

    [Theory]
    [InlineData("Animal", false)]
    [InlineData("Dog", false)]
    [InlineData("Vehicle", false)]
    [InlineData("Puppy", true)]
    [InlineData("Cat", true)]
    [InlineData("Garage", true)]
    public void Only_records_with_derived_records_are_open(string type, bool isSealed)
        => Assert.Equal(isSealed, _document.Type(type).IsSealed);

    [Fact]
    public void A_member_redeclared_with_the_same_type_is_inherited_not_declared_again()
    {
        Type dog = _document.Type("Dog");

        Assert.Equal(_document.Type("Animal"), dog.GetProperty("Name")!.DeclaringType);
        Assert.Equal(dog, dog.GetProperty("Bark")!.DeclaringType);
    }

    [Fact]
    public void A_derived_member_whose_CSharp_name_a_base_uses_gets_a_number()
    {
        object cat = _document.RoundTrip("""{"kind":"Cat","name":"Tom","Name":"Thomas"}""", "Animal");

        Assert.Equal("Tom", InheritanceDocument.Get(cat, "Name"));
        Assert.Equal("Thomas", InheritanceDocument.Get(cat, "Name2"));
        Assert.Equal(_document.Type("Cat"), cat.GetType().GetProperty("Name2")!.DeclaringType);
    }

    [Fact]
    public void Other_reference_parts_are_merged_into_the_derived_record()
    {
        Type person = _document.Type("Person");

        Assert.Equal(person, person.GetProperty("Created")!.DeclaringType);
        Assert.Equal(_document.Type("Named"), person.GetProperty("Id")!.DeclaringType);
    }

    [Fact]
    public void A_member_redeclared_with_another_type_merges_the_parts_and_says_why()
    {
        Type labelled = _document.Type("Labelled");

        Assert.Equal(typeof(object), labelled.BaseType);
        // Merging keeps the first declaration, as composition always did: the base part comes first.
        Assert.Equal(typeof(string), labelled.GetProperty("Id")!.PropertyType);
        Assert.Contains(_document.GeneratorDiagnostics, d => d.Id == "CG0100" && d.GetMessage().Contains("'Labelled'") && d.GetMessage().Contains("'id'"));
    }

    [Theory]
    [InlineData("InlineOnly")]
    [InlineData("WithCounts")]
    public void Without_an_object_reference_to_derive_from_the_parts_are_merged(string type)
        => Assert.Equal(typeof(object), _document.Type(type).BaseType);

    [Fact]
    public void Inline_parts_still_compose_with_required_members()
    {
        object value = _document.RoundTrip("""{"a":"x","b":2}""", "InlineOnly");

        Assert.Equal("x", InheritanceDocument.Get(value, "A"));
        Assert.Throws<System.Text.Json.JsonException>(() => _document.Deserialize("""{"b":2}""", "InlineOnly"));
    }

    [Fact]
    public void An_inheritance_cycle_derives_one_way_only()
    {
        Type left = _document.Type("Left");
        Type right = _document.Type("Right");

        Assert.True(left.BaseType == right || right.BaseType == left);
        Assert.False(left.BaseType == right && right.BaseType == left);
        _document.RoundTrip("""{"left":"l","right":"r"}""", "Left");
        _document.RoundTrip("""{"left":"l","right":"r"}""", "Right");
    }

    [Fact]
    public void A_mapping_to_a_schema_that_does_not_derive_from_the_base_is_reported()
        => Assert.Contains(_document.GeneratorDiagnostics, d => d.Id == "CG0101" && d.GetMessage().Contains("'leaf'"));

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    public void The_hierarchy_compiles_without_warnings_and_reads_polymorphically_at_older_language_versions(LanguageVersion version)
    {
        using InheritanceDocument document = InheritanceDocument.At(version);

        object animal = document.RoundTrip("""{"name":"Rex","bark":"woof","kind":"Dog"}""", "Animal");
        Assert.Equal("Dog", animal.GetType().Name);
    }
}
