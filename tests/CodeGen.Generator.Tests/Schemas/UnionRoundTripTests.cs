using System.Text.Json;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>Unions read and written through the generated converters, with only the generated resolver.</summary>
public sealed class UnionRoundTripTests : IClassFixture<SchemaDocument>
{
    private readonly SchemaDocument _document;

    public UnionRoundTripTests(SchemaDocument document) => _document = document;

    [Theory]
    [InlineData("""{"petType":"Cat","lives":9}""", "Cat")]
    [InlineData("""{"lives":9,"petType":"Cat"}""", "Cat")]
    [InlineData("""{"bark":"woof","petType":"Dog"}""", "Dog")]
    [InlineData("""{"petType":"Dog","bark":"woof"}""", "Dog")]
    public void An_implicit_discriminator_selects_the_variant_wherever_it_sits(string json, string variant)
    {
        object pet = _document.RoundTrip(json, "Pet");

        Assert.True((bool)SchemaDocument.Get(pet, "Is" + variant)!);
        Assert.Equal(variant, SchemaDocument.TryGet(pet, variant).Value!.GetType().Name);
    }

    [Theory]
    [InlineData("""{"petType":"cat","lives":1}""", "Cat")]
    [InlineData("""{"bark":"grr","petType":"dog"}""", "Dog")]
    public void An_explicit_mapping_selects_the_variant(string json, string variant)
    {
        object pet = _document.RoundTrip(json, "MappedPet");

        Assert.True((bool)SchemaDocument.Get(pet, "Is" + variant)!);
    }

    [Fact]
    public void A_discriminator_value_the_document_does_not_list_is_kept_and_written_back()
    {
        object pet = _document.RoundTrip("""{"petType":"Parrot","words":["hello"]}""", "Pet");

        Assert.True((bool)SchemaDocument.Get(pet, "IsUnknown")!);
        Assert.False((bool)SchemaDocument.Get(pet, "IsCat")!);
        Assert.Equal(JsonValueKind.Object, ((JsonElement)SchemaDocument.Get(pet, "Unknown")!).ValueKind);
    }

    [Fact]
    public void A_named_variant_that_does_not_read_is_an_error_not_a_guess()
        => Assert.ThrowsAny<JsonException>(() => _document.Deserialize("""{"petType":"Cat","bark":"woof"}""", "Pet"));

    [Theory]
    [InlineData("""{"radius":1.5}""", "Circle")]
    [InlineData("""{"side":2,"label":"a"}""", "Square")]
    [InlineData("""{"label":"b","side":3}""", "Square")]
    public void Without_a_discriminator_the_required_members_decide(string json, string variant)
    {
        object shape = _document.RoundTrip(json, "Shape");

        Assert.True((bool)SchemaDocument.Get(shape, "Is" + variant)!);
    }

    [Fact]
    public void An_object_no_variant_accepts_is_kept_as_json()
    {
        object shape = _document.RoundTrip("""{"corners":3}""", "Shape");

        Assert.True((bool)SchemaDocument.Get(shape, "IsUnknown")!);
    }

    [Theory]
    [InlineData("\"text\"", "String")]
    [InlineData("12345678901", "Int64")]
    [InlineData("""["a","b"]""", "StringList")]
    public void A_union_of_primitives_is_told_apart_by_the_json_token(string json, string variant)
    {
        object scalar = _document.RoundTrip(json, "Scalar");

        Assert.True((bool)SchemaDocument.Get(scalar, "Is" + variant)!);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1.5")]
    [InlineData("""{"a":1}""")]
    public void A_primitive_no_variant_reads_is_kept(string json)
    {
        object scalar = _document.RoundTrip(json, "Scalar");

        Assert.True((bool)SchemaDocument.Get(scalar, "IsUnknown")!);
    }

    [Fact]
    public void A_number_in_a_string_stays_a_string()
    {
        object scalar = _document.RoundTrip("\"5\"", "Scalar");

        Assert.Equal("5", SchemaDocument.TryGet(scalar, "String").Value);
    }

    [Theory]
    [InlineData("\"x\"", "String")]
    [InlineData("false", "Boolean")]
    public void A_type_list_is_a_union(string json, string variant)
    {
        object value = _document.RoundTrip(json, "TypeList");

        Assert.True((bool)SchemaDocument.Get(value, "Is" + variant)!);
    }

    [Theory]
    [InlineData("""{"shape":{"radius":1},"pet":{"petType":"Dog","bark":"b"},"inline":{"x":1,"y":2},"tags":["a",2,["b"]]}""")]
    [InlineData("""{"shape":{"side":1},"inline":true}""")]
    [InlineData("""{"shape":{"side":1}}""")]
    public void Unions_inside_records_round_trip(string json)
        => _document.RoundTrip(json, "Drawing");

    [Fact]
    public void A_nullable_union_member_reads_null()
    {
        object drawing = _document.Deserialize("""{"shape":{"radius":1},"pet":null}""", "Drawing")!;

        Assert.Null(SchemaDocument.Get(drawing, "Pet"));
    }

    [Fact]
    public void A_recursive_union_round_trips()
        => _document.RoundTrip("""["a",["b",["c"]],[]]""", "Tree");

    [Fact]
    public void Implicit_conversions_and_match_reach_the_variant()
    {
        Type scalarType = _document.Type("Scalar");
        object fromString = scalarType.GetMethod("op_Implicit", new[] { typeof(string) })!.Invoke(null, new object[] { "hi" })!;
        object fromLong = scalarType.GetMethod("op_Implicit", new[] { typeof(long) })!.Invoke(null, new object[] { 7L })!;

        Assert.Equal("\"hi\"", _document.Serialize(fromString, "Scalar"));
        Assert.Equal("7", _document.Serialize(fromLong, "Scalar"));
        Assert.Equal(_document.Deserialize("7", "Scalar"), fromLong);

        var match = scalarType.GetMethod("Match")!.MakeGenericMethod(typeof(string));
        Func<string, string> onString = s => "string " + s;
        Func<long, string> onLong = n => "long " + n;
        Func<IReadOnlyList<string>, string> onList = l => "list " + l.Count;
        Func<JsonElement, string> onUnknown = e => "unknown " + e.GetRawText();
        Assert.Equal("long 7", match.Invoke(fromLong, new object[] { onString, onLong, onList, onUnknown }));
        Assert.Equal("string hi", match.Invoke(fromString, new object[] { onString, onLong, onList, onUnknown }));
    }

    [Fact]
    public void The_generated_document_has_no_unsupported_construct_warnings()
        => Assert.DoesNotContain(_document.GeneratorDiagnostics, d => d.Id == "CG0004");
}
