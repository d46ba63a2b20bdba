namespace CodeGen.Generator.Tests.Schemas;

/// <summary>Integer enums and nullable enums through the generated converters.</summary>
public sealed class EnumRoundTripTests : IClassFixture<SchemaDocument>
{
    private readonly SchemaDocument _document;

    public EnumRoundTripTests(SchemaDocument document) => _document = document;

    [Theory]
    [InlineData("1", true)]
    [InlineData("-3", true)]
    [InlineData("7", false)]
    public void An_integer_enum_keeps_known_and_unknown_numbers(string json, bool known)
    {
        object value = _document.RoundTrip(json, "Priority");

        Assert.Equal(known, (bool)SchemaDocument.Get(value, "IsKnown")!);
        Assert.Equal(long.Parse(json, System.Globalization.CultureInfo.InvariantCulture), (long)SchemaDocument.Get(value, "Value")!);
    }

    [Fact]
    public void Integer_enum_members_are_named_after_their_number()
    {
        Type priority = _document.Type("Priority");

        Assert.Equal(_document.Deserialize("-3", "Priority"), priority.GetProperty("ValueMinus3")!.GetValue(null));
        Assert.Equal(3, ((System.Collections.ICollection)priority.GetProperty("KnownValues")!.GetValue(null)!).Count);
    }

    [Theory]
    [InlineData("""{"priority":2,"level":10,"color":"red","spare":99}""")]
    [InlineData("""{"priority":5,"level":null,"color":null}""")]
    [InlineData("""{"priority":1,"level":3,"color":"blue"}""")]
    public void Nullable_enums_of_both_kinds_round_trip(string json)
        => _document.RoundTrip(json, "Job");

    [Fact]
    public void A_string_where_an_integer_enum_is_expected_is_an_error()
        => Assert.ThrowsAny<System.Text.Json.JsonException>(() => _document.Deserialize("\"high\"", "Priority"));
}
