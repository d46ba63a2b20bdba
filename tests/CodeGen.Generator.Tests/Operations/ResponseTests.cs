using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Operations;

public sealed class ResponseTests
{
    private static string Document(string responses) => """
        openapi: 3.0.3
        info: {title: R, version: '1'}
        paths:
          /thing:
            get:
              operationId: getThing
              responses:
        PLACEHOLDER
        components:
          schemas:
            Color: {type: object, properties: {R: {type: integer}}}
        """.Replace("PLACEHOLDER", responses, StringComparison.Ordinal);

    [Fact]
    public void Successes_of_the_same_type_share_it_and_an_empty_one_makes_it_nullable()
    {
        SuccessResponseSpec success = Specs.ParseValid(Document("""
                    '200': {description: A, content: {application/json: {schema: {$ref: '#/components/schemas/Color'}}}}
                    '201': {description: B, content: {application/json: {schema: {$ref: '#/components/schemas/Color'}}}}
                    '204': {description: C}
            """)).Operation("GetThingAsync").Success;

        Assert.Equal(new[] { 200, 201 }, success.StatusCodes);
        Assert.Equal(new[] { 204 }, success.EmptyStatusCodes);
        Assert.Equal("Color", success.Type!.Name);
        Assert.Equal(ResponseBodyKind.Json, success.BodyKind);
    }

    [Fact]
    public void Json_successes_of_different_types_are_a_CG0121_warning_and_return_json_element()
    {
        ParsedSpec parsed = Specs.Parse(Document("""
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
            """));

        DiagnosticInfo warning = DiagnosticAssert.Single(parsed, "CG0121");
        Assert.Equal(13, DiagnosticAssert.Start(warning).Line);
        SuccessResponseSpec success = parsed.Spec!.Operation("GetThingAsync").Success;
        Assert.Equal(new[] { 200, 203 }, success.StatusCodes);
        Assert.Equal(TypeKind.Any, success.Type!.Kind);
    }

    [Fact]
    public void Json_and_binary_successes_together_return_a_stream()
    {
        ParsedSpec parsed = Specs.Parse(Document("""
                    '200': {description: A, content: {application/json: {schema: {$ref: '#/components/schemas/Color'}}}}
                    '206': {description: B, content: {application/octet-stream: {}}}
            """));

        Assert.Single(parsed.Diagnostics, d => d.Descriptor.Id == "CG0121");
        Assert.Equal(ResponseBodyKind.Stream, parsed.Spec!.Operation("GetThingAsync").Success.BodyKind);
    }

    [Theory]
    [InlineData("{application/octet-stream: {schema: {type: string, format: binary}}}", "Stream")]
    [InlineData("{application/pdf: {}}", "Stream")]
    [InlineData("{text/plain: {schema: {type: string}}}", "Text")]
    [InlineData("{text/csv: {}, application/json: {schema: {$ref: '#/components/schemas/Color'}}}", "Json")]
    [InlineData("{image/png: {}, text/html: {}}", "Text")]
    public void The_body_kind_follows_the_media_types(string content, string kind)
    {
        SuccessResponseSpec success = Specs.ParseValid(Document($"          '200': {{description: A, content: {content}}}")).Operation("GetThingAsync").Success;

        Assert.Equal(kind, success.BodyKind.ToString());
        Assert.True(success.HasBody);
    }

    [Fact]
    public void Only_no_content_makes_a_method_without_a_result()
    {
        SuccessResponseSpec success = Specs.ParseValid(Document("          '204': {description: Gone.}")).Operation("GetThingAsync").Success;

        Assert.False(success.HasBody);
        Assert.Equal(new[] { 204 }, success.EmptyStatusCodes);
    }

    [Fact]
    public void An_error_in_a_problem_json_media_type_is_typed()
    {
        ErrorResponseSpec error = Assert.Single(Specs.ParseValid(Document("""
                    '204': {description: Gone.}
                    default: {description: Failed., content: {application/problem+json: {schema: {$ref: '#/components/schemas/Color'}}}}
            """)).Operation("GetThingAsync").Errors);

        Assert.Equal(("default", "Color"), (error.StatusPattern, error.Type.Name));
    }
}
