using System.Globalization;
using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Parsing;

public sealed class DocumentationTests
{
    private static PropertySpec Property(string schema)
        => Specs.ParseValid(Specs.Document($"    Holder:\n      type: object\n      properties:\n        value: {schema}\n")).Object("Holder").Property("value");

    [Fact]
    public void Constraints_become_facts_in_a_stable_order()
    {
        PropertySpec property = Property("{type: string, minLength: 1, maxLength: 50, pattern: '^<a>&$', default: abc}");

        Assert.Equal(
            new[] { "Minimum length: 1.", "Maximum length: 50.", "Pattern: <c>^&lt;a&gt;&amp;$</c>.", "Server default: <c>\"abc\"</c>." },
            property.Documentation.Facts);
    }

    [Fact]
    public void Numeric_facts_are_culture_invariant()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            PropertySpec property = Property("{type: number, minimum: 1.5, maximum: 99.25, default: 2.5}");

            Assert.Equal(new[] { "Minimum: 1.5.", "Maximum: 99.25.", "Server default: <c>2.5</c>." }, property.Documentation.Facts);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Title_description_and_deprecation_are_read()
    {
        PropertySpec property = Property("{type: string, title: Name, description: \"  The name.\\r\\nMore.  \", deprecated: true}");

        Assert.Equal("Name", property.Documentation.Summary);
        Assert.Equal("The name.\nMore.", property.Documentation.Description);
        Assert.True(property.Documentation.IsDeprecated);
    }

    [Fact]
    public void Blank_descriptions_are_none()
        => Assert.Null(Property("{type: string, description: '   '}").Documentation.Description);

    // Regression (same root cause as EnumTests.Null_in_a_nullable_enum_is_not_a_member): `default: null` used to print
    // the JsonNullSentinel string in the docs.
    [Fact]
    public void A_null_default_is_written_as_null()
        => Assert.Equal(new[] { "Server default: <c>null</c>." }, Property("{type: string, nullable: true, default: null}").Documentation.Facts);
}
