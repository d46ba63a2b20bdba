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

    [Fact]
    public void A_request_body_without_json_leaves_the_operation_out_with_a_warning()
    {
        ParsedSpec parsed = Specs.Parse("""
            openapi: 3.0.3
            info: {title: U, version: '1'}
            paths:
              /upload:
                post:
                  operationId: upload
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: object, properties: {file: {type: string, format: binary}}}
                  responses:
                    '204': {description: Done.}
              /ping:
                get:
                  operationId: ping
                  responses:
                    '204': {description: Pong.}
            """);

        DiagnosticInfo warning = DiagnosticAssert.Single(parsed, "CG0004");
        Assert.Equal(7, DiagnosticAssert.Start(warning).Line);
        Assert.Contains("multipart/form-data", warning.MessageArgs[0], StringComparison.Ordinal);
        Assert.Equal(new[] { "PingAsync" }, parsed.Spec!.Client.Operations.Select(o => o.MethodName));
    }

    [Fact]
    public void A_cookie_parameter_is_left_out_with_a_warning()
    {
        ParsedSpec parsed = Specs.Parse("""
            openapi: 3.0.3
            info: {title: U, version: '1'}
            paths:
              /ping:
                get:
                  operationId: ping
                  parameters:
                    - name: session
                      in: cookie
                      schema: {type: string}
                    - name: q
                      in: query
                      schema: {type: string}
                  responses:
                    '204': {description: Pong.}
            """);

        DiagnosticInfo warning = DiagnosticAssert.Single(parsed, "CG0004");
        Assert.Equal(8, DiagnosticAssert.Start(warning).Line);
        Assert.Equal(new[] { "q" }, parsed.Spec!.Operation("PingAsync").Parameters.Select(p => p.WireName));
    }

    [Fact]
    public void A_second_success_type_is_a_warning_at_its_response()
    {
        ParsedSpec parsed = Specs.Parse("""
            openapi: 3.0.3
            info: {title: U, version: '1'}
            paths:
              /thing:
                get:
                  operationId: getThing
                  responses:
                    '200':
                      description: Full.
                      content:
                        application/json:
                          schema: {type: object, properties: {a: {type: string}}}
                    '203':
                      description: Partial.
                      content:
                        application/json:
                          schema: {type: string}
            """);

        DiagnosticInfo warning = DiagnosticAssert.Single(parsed, "CG0004");
        Assert.Equal(13, DiagnosticAssert.Start(warning).Line);
        Assert.Equal(new[] { 200 }, parsed.Spec!.Operation("GetThingAsync").Success.StatusCodes);
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
