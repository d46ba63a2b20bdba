using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>Which <c>const</c> and one-value enums become a fixed member value, and CG0110 for the rest.</summary>
public sealed class ConstParsingTests
{
    private static string Document(string properties) => $$"""
        openapi: 3.1.0
        info: {title: C, version: '1'}
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
        {{properties}}
        """;

    private static PropertySpec Member(ParsedSpec parsed, string jsonName)
        => parsed.Spec!.Object("Thing").Property(jsonName);

    [Theory]
    [InlineData("        count: {type: integer, const: many}", "count", "many")]
    [InlineData("        mode: {type: string, enum: [a, b], const: c}", "mode", "c")]
    [InlineData("        small: {type: integer, format: int32, const: 3000000000}", "small", "3000000000")]
    public void A_const_that_is_no_constant_of_the_member_type_is_CG0110_at_the_const(string property, string jsonName, string value)
    {
        ParsedSpec parsed = Specs.Parse(Document(property));

        DiagnosticInfo warning = DiagnosticAssert.Single(parsed, "CG0110");
        Assert.Equal(value, warning.MessageArgs[0]);
        Assert.Equal(9, DiagnosticAssert.Start(warning).Line);
        Assert.Null(Member(parsed, jsonName).FixedValue);
    }

    [Fact]
    public void A_nullable_one_value_enum_is_not_fixed_since_null_is_a_second_value()
    {
        ParsedSpec parsed = Specs.Parse(Document("        kind: {type: [string, 'null'], enum: [square, null]}"));

        Assert.Empty(parsed.Diagnostics);
        Assert.Null(Member(parsed, "kind").FixedValue);
    }

    [Fact]
    public void A_const_on_a_referenced_enum_names_the_enum_member()
    {
        string yaml = Document("        level: {allOf: [{$ref: '#/components/schemas/Level'}], const: 2}") + "\n    Level: {type: integer, enum: [1, 2]}";
        ParsedSpec parsed = Specs.Parse(yaml);

        Assert.Equal(new LiteralSpec(LiteralKind.EnumMember, "Value2", "2"), Member(parsed, "level").FixedValue);
    }
}
