using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using TypeKind = CodeGen.Generator.Model.TypeKind;

namespace CodeGen.Generator.Tests.Diagnostics;

public sealed class UnsupportedConstructTests
{
    [Fact]
    public void A_one_of_of_untyped_choices_is_a_CG0004_warning_at_its_line_and_becomes_json()
    {
        ParsedSpec parsed = Specs.Parse("""
            openapi: 3.0.3
            info: {title: U, version: '1'}
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    name: {type: string}
                    pet:
                      oneOf:
                        - {required: [meow]}
                        - {required: [woof]}
                Cat: {type: object, properties: {meow: {type: boolean}}}
                Dog: {type: object, properties: {woof: {type: boolean}}}
            """);

        DiagnosticInfo warning = Assert.Single(parsed.Diagnostics);
        Assert.Equal("CG0004", warning.Descriptor.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Descriptor.DefaultSeverity);
        Assert.Equal((10, 9), DiagnosticAssert.Start(warning));
        Assert.Equal(TypeKind.Any, parsed.Spec!.Object("A").Property("pet").Type.Kind);
    }

    [Fact]
    public void An_untyped_any_of_component_is_a_CG0004_warning_at_its_name()
    {
        ParsedSpec parsed = Specs.Parse("""
            openapi: 3.0.3
            info: {title: U, version: '1'}
            paths: {}
            components:
              schemas:
                Cat: {type: object, properties: {meow: {type: boolean}}}
                Pet:
                  anyOf:
                    - {required: [meow]}
                    - {minProperties: 1}
            """);

        DiagnosticInfo warning = DiagnosticAssert.Single(parsed, "CG0004");
        Assert.Equal(7, DiagnosticAssert.Start(warning).Line);
    }

    // Regression: Microsoft.OpenApi folds `oneOf: [{type: string}, {type: integer}]` into one schema with Type = String | Integer,
    // the same as 3.1's `type: [string, integer]`; it used to become JsonElement silently, and is a union now.
    [Theory]
    [InlineData("3.0.3", "oneOf: [{type: string}, {type: integer}]")]
    [InlineData("3.1.0", "type: [string, integer]")]
    public void A_union_of_primitive_types_is_a_union_without_warning(string version, string schema)
    {
        ParsedSpec parsed = Specs.Parse($"openapi: {version}\ninfo: {{title: U, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        either:\n          {schema}\n");

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(TypeKind.Union, parsed.Spec!.Object("A").Property("either").Type.Kind);
    }
}
