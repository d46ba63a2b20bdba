using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Parsing;

public sealed class EnumTests
{
    private static EnumSpec Parse(string values)
        => Specs.ParseValid(Specs.Document($"    Values:\n      type: string\n      enum: {values}\n")).Enum("Values");

    private static (string Name, string Value)[] Members(EnumSpec spec) => spec.Members.Select(m => (m.Name, m.Value)).ToArray();

    [Fact]
    public void Member_names_are_pascal_case_and_values_stay_exact()
    {
        EnumSpec status = Parse("[WAITING, PROCESSING, FINISH, ABORTED]");

        Assert.Equal(new[] { ("Waiting", "WAITING"), ("Processing", "PROCESSING"), ("Finish", "FINISH"), ("Aborted", "ABORTED") }, Members(status));
    }

    [Fact]
    public void Values_that_start_with_digits_get_an_underscore()
    {
        EnumSpec ratio = Parse("['16:9', '9:16', '1:1', '720P', '3.0-Omni']");

        Assert.Equal(new[] { ("_16_9", "16:9"), ("_9_16", "9:16"), ("_1_1", "1:1"), ("_720P", "720P"), ("_3_0Omni", "3.0-Omni") }, Members(ratio));
    }

    [Fact]
    public void Values_that_sanitize_alike_get_numbered_names_in_document_order()
    {
        EnumSpec resolution = Parse("['720P', '720p', 'a-b', 'a_b', 'AB']");

        Assert.Equal(new[] { ("_720P", "720P"), ("_720p", "720p"), ("AB", "a-b"), ("AB2", "a_b"), ("AB3", "AB") }, Members(resolution));
    }

    [Fact]
    public void Members_never_take_the_names_of_the_generated_struct_members()
    {
        EnumSpec spec = Parse("[Value, IsKnown, KnownValues, ToString, Values]");

        Assert.Equal(new[] { "Value2", "IsKnown2", "KnownValues2", "ToString2", "Values2" }, spec.Members.Select(m => m.Name));
    }

    [Fact]
    public void Duplicate_values_are_listed_once()
    {
        EnumSpec spec = Parse("[on, off, on]");

        Assert.Equal(new[] { ("On", "on"), ("Off", "off") }, Members(spec));
    }

    // Regression: Microsoft.OpenApi 3.x reads a null inside `enum` as a string node holding its JsonNullSentinel, which
    // used to become a member named after the sentinel; SchemaCatalog now skips JsonNullSentinel.IsJsonNullSentinel nodes.
    [Fact]
    public void Null_in_a_nullable_enum_is_not_a_member()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document("""
                Holder:
                  type: object
                  properties:
                    switch:
                      type: string
                      nullable: true
                      enum: [Enabled, Disabled, null]

            """));

        PropertySpec property = spec.Object("Holder").Property("switch");
        Assert.Equal(new TypeRefSpec(TypeKind.Enum, "HolderSwitch"), property.Type);
        Assert.True(property.IsNullable);
        Assert.Equal(new[] { "Enabled", "Disabled" }, spec.Enum("HolderSwitch").Members.Select(m => m.Value));
    }
}
