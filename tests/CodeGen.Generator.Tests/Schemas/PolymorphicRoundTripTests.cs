using System.Collections;
using System.Text.Json;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>Reading a base returns the derived record its discriminator names; writing a base writes the derived record's members.</summary>
public sealed class PolymorphicRoundTripTests : IClassFixture<InheritanceDocument>
{
    private readonly InheritanceDocument _document;

    public PolymorphicRoundTripTests(InheritanceDocument document) => _document = document;

    [Theory]
    [InlineData("""{"kind":"Dog","name":"Rex","bark":"woof"}""", "Dog")]
    [InlineData("""{"name":"Rex","bark":"woof","kind":"Dog"}""", "Dog")]
    [InlineData("""{"kind":"Cat","name":"Tom","lives":9}""", "Cat")]
    [InlineData("""{"lives":9,"name":"Tom","kind":"Cat"}""", "Cat")]
    [InlineData("""{"kind":"Puppy","name":"Bit","bark":"yip","toys":["ball"]}""", "Puppy")]
    [InlineData("""{"toys":[],"name":"Bit","bark":"yip","kind":"Puppy"}""", "Puppy")]
    public void The_implicit_discriminator_picks_the_derived_record_wherever_it_sits(string json, string expected)
    {
        object animal = _document.RoundTrip(json, "Animal");

        Assert.Equal(expected, animal.GetType().Name);
    }

    [Fact]
    public void A_derived_record_keeps_the_base_members_and_its_own()
    {
        object dog = _document.Deserialize("""{"bark":"woof","name":"Rex","kind":"Dog"}""", "Animal")!;

        Assert.Equal("Rex", InheritanceDocument.Get(dog, "Name"));
        Assert.Equal("woof", InheritanceDocument.Get(dog, "Bark"));
        Assert.Equal("Dog", InheritanceDocument.Get(dog, "Kind"));
    }

    [Fact]
    public void An_intermediate_base_reads_its_own_derived_records()
    {
        Assert.Equal("Puppy", _document.RoundTrip("""{"name":"Bit","bark":"yip","kind":"Puppy"}""", "Dog").GetType().Name);
        Assert.Equal("Dog", _document.RoundTrip("""{"name":"Rex","bark":"woof","kind":"Dog"}""", "Dog").GetType().Name);
    }

    [Theory]
    [InlineData("""{"type":"car","seats":4,"wheels":4}""", "Car")]
    [InlineData("""{"wheels":6,"load":2.5,"type":"big-truck"}""", "Truck")]
    [InlineData("""{"gears":21,"type":"Bike"}""", "Bike")]
    public void The_explicit_mapping_picks_the_derived_record_and_the_unmapped_ones_keep_their_name(string json, string expected)
        => Assert.Equal(expected, _document.RoundTrip(json, "Vehicle").GetType().Name);

    [Theory]
    [InlineData("""{"type":"Car","seats":4}""")]
    [InlineData("""{"type":"Truck","load":1}""")]
    public void A_schema_the_mapping_names_is_not_also_picked_by_its_own_name(string json)
        => Assert.Equal("Vehicle", _document.Deserialize(json, "Vehicle")!.GetType().Name);

    [Theory]
    [InlineData("""{"kind":"Parrot","name":"Polly","words":["hello"]}""", "Parrot")]
    [InlineData("""{"name":"Polly","kind":"parrot"}""", "parrot")]
    [InlineData("""{"name":"Polly","kind":"dog"}""", "dog")]
    public void An_unknown_discriminator_value_reads_as_the_base_and_keeps_the_value(string json, string kind)
    {
        object animal = _document.Deserialize(json, "Animal")!;

        Assert.Equal("Animal", animal.GetType().Name);
        Assert.Equal(kind, InheritanceDocument.Get(animal, "Kind"));
        Assert.Contains($"\"kind\":\"{kind}\"", _document.Serialize(animal, "Animal"));
    }

    [Fact]
    public void An_object_without_the_discriminator_reads_as_the_declared_type()
        => Assert.Equal("Vehicle", _document.RoundTrip("""{"wheels":3,"type":"tricycle"}""", "Vehicle").GetType().Name);

    [Fact]
    public void Writing_a_base_that_holds_a_derived_record_writes_every_member()
    {
        Type dogType = _document.Type("Dog");
        object dog = JsonSerializer.Deserialize("""{"kind":"Dog","name":"Rex","bark":"woof"}""", dogType, _document.Options)!;

        string written = _document.Serialize(dog, "Animal");

        Assert.Contains("\"bark\":\"woof\"", written);
        Assert.Contains("\"name\":\"Rex\"", written);
    }

    [Fact]
    public void Arrays_and_members_typed_as_the_base_read_and_write_polymorphically()
    {
        const string json = """{"vehicles":[{"type":"car","seats":2},{"type":"big-truck","load":3.5},{"type":"Bike","gears":3},{"type":"unicycle","wheels":1}],"favourite":{"seats":5,"type":"car"}}""";

        object garage = _document.RoundTrip(json, "Garage");

        var vehicles = ((IEnumerable)InheritanceDocument.Get(garage, "Vehicles")!).Cast<object>().Select(v => v.GetType().Name).ToArray();
        Assert.Equal(new[] { "Car", "Truck", "Bike", "Vehicle" }, vehicles);
        Assert.Equal("Car", InheritanceDocument.Get(garage, "Favourite")!.GetType().Name);
    }

    [Fact]
    public void A_top_level_array_of_the_base_reads_each_item_as_its_derived_record()
    {
        // The generated resolver knows the generated types only, so the items are read one by one from one reader.
        var reader = new Utf8JsonReader("""[{"kind":"Cat","name":"a"},{"kind":"Dog","name":"b","bark":"c"},{"kind":"Animal","name":"d"}]"""u8);
        var names = new List<string>();
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            names.Add(JsonSerializer.Deserialize(ref reader, _document.Type("Animal"), _document.Options)!.GetType().Name);
        }

        Assert.Equal(new[] { "Cat", "Dog", "Animal" }, names);
    }

    [Fact]
    public void Cycles_through_properties_and_mappings_read_and_write()
    {
        const string animals = """{"kind":"Cat","name":"Tom","rival":{"kind":"Puppy","name":"Bit","bark":"yip","friend":{"name":"Tom","kind":"Cat","friend":{"kind":"Dog","name":"Rex","bark":"b"}}}}""";
        object cat = _document.RoundTrip(animals, "Animal");
        object rival = InheritanceDocument.Get(cat, "Rival")!;
        Assert.Equal("Puppy", rival.GetType().Name);
        Assert.Equal("Cat", InheritanceDocument.Get(rival, "Friend")!.GetType().Name);

        const string tree = """{"nodeType":"branch","children":[{"nodeType":"leaf"},{"nodeType":"node"},{"children":[],"nodeType":"branch","parent":{"nodeType":"branch"}}]}""";
        object node = _document.RoundTrip(tree, "Node");
        Assert.Equal("Branch", node.GetType().Name);
        var children = ((IEnumerable)InheritanceDocument.Get(node, "Children")!).Cast<object>().Select(c => c.GetType().Name).ToArray();
        Assert.Equal(new[] { "Node", "Node", "Branch" }, children);
    }

    [Fact]
    public void A_derived_record_still_requires_the_base_members()
    {
        JsonException error = Assert.ThrowsAny<JsonException>(() => _document.Deserialize("""{"kind":"Dog","bark":"woof"}""", "Animal"));

        Assert.Contains("name", error.Message);
    }

    [Fact]
    public void Equality_includes_the_derived_type_and_members()
    {
        object first = _document.Deserialize("""{"kind":"Dog","name":"Rex","bark":"woof"}""", "Animal")!;
        object same = _document.Deserialize("""{"bark":"woof","name":"Rex","kind":"Dog"}""", "Animal")!;
        object other = _document.Deserialize("""{"kind":"Dog","name":"Rex","bark":"grr"}""", "Animal")!;

        Assert.Equal(first, same);
        Assert.NotEqual(first, other);
    }
}
