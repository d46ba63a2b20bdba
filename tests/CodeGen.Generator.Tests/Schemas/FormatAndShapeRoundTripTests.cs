using System.Text.Json;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>Formats, nullability spellings, maps and composition, read and written through the generated converters.</summary>
public sealed class FormatAndShapeRoundTripTests : IClassFixture<SchemaDocument>
{
    private readonly SchemaDocument _document;

    public FormatAndShapeRoundTripTests(SchemaDocument document) => _document = document;

    [Fact]
    public void Every_format_round_trips_with_its_dotnet_type()
    {
        const string json = """
            {"when":"2024-01-02T03:04:05+01:00","id":"0f8fad5b-d9cb-469f-a165-70867728950e","link":"../relative?x=1","wait":"P1DT2H30M",
             "blob":"AQID","small":-5,"big":9007199254740993,"ratio":1.5,"precise":2.25,"money":12.345,"flag":true,
             "anything":{"x":[1,null]},"untyped":"text"}
            """;

        object formats = _document.RoundTrip(json, "Formats");

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), SchemaDocument.Get(formats, "When"));
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), SchemaDocument.Get(formats, "Id"));
        Assert.Equal(new Uri("../relative?x=1", UriKind.Relative), SchemaDocument.Get(formats, "Link"));
        Assert.Equal(new TimeSpan(1, 2, 30, 0), SchemaDocument.Get(formats, "Wait"));
        Assert.Equal(new byte[] { 1, 2, 3 }, SchemaDocument.Get(formats, "Blob"));
        Assert.Equal(9007199254740993L, SchemaDocument.Get(formats, "Big"));
        Assert.Equal(1.5f, SchemaDocument.Get(formats, "Ratio"));
        Assert.Equal(12.345m, SchemaDocument.Get(formats, "Money"));
        Assert.Equal(JsonValueKind.Object, ((JsonElement)SchemaDocument.Get(formats, "Anything")!).ValueKind);
        Assert.Equal(JsonValueKind.String, ((JsonElement)SchemaDocument.Get(formats, "Untyped")!).ValueKind);
    }

    [Theory]
    [InlineData("\"P1Y\"")]
    [InlineData("\"soon\"")]
    public void A_duration_that_is_not_a_time_span_is_an_error(string wait)
    {
        if (wait == "\"P1Y\"")
        {
            // xs:duration accepts years (as 365 days); only text that is no duration at all fails.
            Assert.NotNull(_document.Deserialize($$"""{"when":"2024-01-02T03:04:05Z","wait":{{wait}}}""", "Formats"));
            return;
        }

        Assert.ThrowsAny<JsonException>(() => _document.Deserialize($$"""{"when":"2024-01-02T03:04:05Z","wait":{{wait}}}""", "Formats"));
    }

    [Theory]
    [InlineData("""{"typeList":null,"oneOfNull":null,"anyOfNull":null,"refOrNull":null}""")]
    [InlineData("""{"typeList":"a","oneOfNull":3,"anyOfNull":false,"refOrNull":{"petType":"Cat","lives":2}}""")]
    [InlineData("""{"typeList":"a","oneOfNull":3,"anyOfNull":true,"refOrNull":null,"unionOrNull":{"petType":"Dog","bark":"b"}}""")]
    public void Null_is_accepted_in_every_spelling(string json)
        => _document.RoundTrip(json, "Nullables");

    [Fact]
    public void A_nullable_required_member_is_written_as_null()
    {
        object value = _document.Deserialize("""{"typeList":null,"oneOfNull":null,"anyOfNull":null,"refOrNull":null}""", "Nullables")!;

        Assert.Null(SchemaDocument.Get(value, "TypeList"));
        Assert.Null(SchemaDocument.Get(value, "OneOfNull"));
        Assert.Contains("\"refOrNull\":null", _document.Serialize(value, "Nullables"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"counts":{"a":1,"b":2},"loose":{"x":{"y":[true]},"z":null},"shapes":{"c":{"radius":1},"s":{"side":2}}}""")]
    [InlineData("""{"counts":{}}""")]
    public void Maps_round_trip(string json)
        => _document.RoundTrip(json, "Maps");

    [Fact]
    public void All_of_merges_the_members_and_required_lists_of_its_parts()
    {
        object cat = _document.RoundTrip("""{"petType":"Cat","lives":3,"name":"Tom"}""", "NamedCat");

        Assert.Equal("Tom", SchemaDocument.Get(cat, "Name"));
        Assert.ThrowsAny<JsonException>(() => _document.Deserialize("""{"petType":"Cat","lives":3}""", "NamedCat"));
    }

    [Fact]
    public void A_deprecated_member_is_obsolete_and_still_round_trips()
    {
        object legacy = _document.RoundTrip("""{"old":"o","current":"c"}""", "Legacy");

        Assert.NotNull(legacy.GetType().GetProperty("Old")!.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
    }

    [Theory]
    [InlineData("Labels", """{"id":1,"color":"red","shade":null}""")]
    [InlineData("Labels", """{"id":1}""")]
    [InlineData("Open", """{"kind":"k","extra":{"deep":[1,{"x":null}]},"none":null,"n":2.5}""")]
    public void Members_beyond_the_declared_ones_are_kept_and_written_back(string typeName, string json)
    {
        object value = _document.RoundTrip(json, typeName);

        int declared = typeName == "Labels" ? 1 : 1;
        var extras = (System.Collections.IEnumerable?)SchemaDocument.Get(value, "AdditionalProperties");
        Assert.Equal(JsonDocument.Parse(json).RootElement.EnumerateObject().Count() - declared, extras?.Cast<object>().Count() ?? 0);
    }

    [Fact]
    public void An_extra_member_the_schema_types_must_have_that_type()
        => Assert.ThrowsAny<JsonException>(() => _document.Deserialize("""{"id":1,"color":5}""", "Labels"));
}
