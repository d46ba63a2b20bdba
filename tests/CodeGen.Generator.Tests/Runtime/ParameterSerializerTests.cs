using CodeGen.Runtime.Http;

namespace CodeGen.Generator.Tests.Runtime;

/// <summary>
/// The rows of the OpenAPI 3.1 "Style Examples" table, for <c>color</c> = "blue", ["blue", "black", "brown"] and
/// {"R": 100, "G": 200, "B": 150}, as wire text (percent-encoded where the table's separators must be).
/// </summary>
public sealed class ParameterSerializerTests
{
    private static readonly ParameterValue Primitive = ParameterValue.Of("blue");
    private static readonly ParameterValue Array = ParameterValue.List(new[] { "blue", "black", "brown" });
    private static readonly ParameterValue Object = ParameterValue.Object(new[] { Pair("R", "100"), Pair("G", "200"), Pair("B", "150") });
    private static readonly ParameterValue Empty = ParameterValue.Of(string.Empty);

    [Theory]
    [InlineData(ParameterStyle.Matrix, false, ";color", ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Matrix, true, ";color", ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150")]
    [InlineData(ParameterStyle.Label, false, ".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Label, true, ".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150")]
    [InlineData(ParameterStyle.Simple, false, "", "blue", "blue,black,brown", "R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Simple, true, "", "blue", "blue,black,brown", "R=100,G=200,B=150")]
    public void Path_styles(ParameterStyle style, bool explode, string empty, string primitive, string array, string @object)
    {
        Assert.Equal(empty, ParameterSerializer.Path("color", Empty, style, explode));
        Assert.Equal(primitive, ParameterSerializer.Path("color", Primitive, style, explode));
        Assert.Equal(array, ParameterSerializer.Path("color", Array, style, explode));
        Assert.Equal(@object, ParameterSerializer.Path("color", Object, style, explode));
    }

    [Theory]
    [InlineData(ParameterStyle.Form, false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150")]
    [InlineData(ParameterStyle.Form, true, "color=", "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150")]
    [InlineData(ParameterStyle.SpaceDelimited, false, "color=", "color=blue", "color=blue%20black%20brown", "color=R%20100%20G%20200%20B%20150")]
    [InlineData(ParameterStyle.PipeDelimited, false, "color=", "color=blue", "color=blue%7Cblack%7Cbrown", "color=R%7C100%7CG%7C200%7CB%7C150")]
    [InlineData(ParameterStyle.DeepObject, true, "color=", "color=blue", "color=blue&color=black&color=brown", "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150")]
    public void Query_styles(ParameterStyle style, bool explode, string empty, string primitive, string array, string @object)
    {
        Assert.Equal(empty, ParameterSerializer.Query("color", Empty, style, explode, allowReserved: false));
        Assert.Equal(primitive, ParameterSerializer.Query("color", Primitive, style, explode, allowReserved: false));
        Assert.Equal(array, ParameterSerializer.Query("color", Array, style, explode, allowReserved: false));
        Assert.Equal(@object, ParameterSerializer.Query("color", Object, style, explode, allowReserved: false));
    }

    [Fact]
    public void Values_are_percent_encoded_but_the_separators_a_style_adds_are_not()
    {
        ParameterValue awkward = ParameterValue.List(new[] { "a b", "c,d", "é/?" });

        Assert.Equal("a%20b,c%2Cd,%C3%A9%2F%3F", ParameterSerializer.Path("x", awkward, ParameterStyle.Simple, false));
        Assert.Equal("q%20r=a%20b&q%20r=c%2Cd&q%20r=%C3%A9%2F%3F", ParameterSerializer.Query("q r", awkward, ParameterStyle.Form, true, allowReserved: false));
    }

    [Fact]
    public void Allow_reserved_keeps_the_rfc3986_reserved_characters_and_encodes_the_rest()
        => Assert.Equal("q=/a:b?c=d&e[0]@x!$'()*+,;%20%C3%A9%25", ParameterSerializer.Query("q", ParameterValue.Of("/a:b?c=d&e[0]@x!$'()*+,; é%"), ParameterStyle.Form, true, allowReserved: true));

    [Fact]
    public void An_exploded_empty_array_writes_nothing_and_an_unexploded_one_an_empty_value()
    {
        ParameterValue none = ParameterValue.List(System.Array.Empty<string>());

        Assert.Equal(string.Empty, ParameterSerializer.Query("color", none, ParameterStyle.Form, true, allowReserved: false));
        Assert.Equal("color=", ParameterSerializer.Query("color", none, ParameterStyle.Form, false, allowReserved: false));
    }

    [Theory]
    [InlineData(false, "blue", "blue,black,brown", "R,100,G,200,B,150")]
    [InlineData(true, "blue", "blue,black,brown", "R=100,G=200,B=150")]
    public void Headers_use_the_simple_style_unencoded(bool explode, string primitive, string array, string @object)
    {
        Assert.Equal(primitive, ParameterSerializer.Header(Primitive, explode));
        Assert.Equal(array, ParameterSerializer.Header(Array, explode));
        Assert.Equal(@object, ParameterSerializer.Header(Object, explode));
    }

    [Fact]
    public void Cookies_use_the_form_style()
    {
        Assert.Equal(new[] { Pair("color", "blue") }, ParameterSerializer.Cookie("color", Primitive, explode: true));
        Assert.Equal(new[] { Pair("color", "blue,black,brown") }, ParameterSerializer.Cookie("color", Array, explode: false));
        Assert.Equal(new[] { Pair("color", "blue"), Pair("color", "black"), Pair("color", "brown") }, ParameterSerializer.Cookie("color", Array, explode: true));
        Assert.Equal(new[] { Pair("color", "R,100,G,200,B,150") }, ParameterSerializer.Cookie("color", Object, explode: false));
        Assert.Equal(new[] { Pair("R", "100"), Pair("G", "200"), Pair("B", "150") }, ParameterSerializer.Cookie("color", Object, explode: true));
        Assert.Equal(new[] { Pair("c", "a%3Bb%20c") }, ParameterSerializer.Cookie("c", ParameterValue.Of("a;b c"), explode: true));
    }

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
}
