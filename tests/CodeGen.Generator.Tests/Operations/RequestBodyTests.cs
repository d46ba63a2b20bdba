using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Operations;

public sealed class RequestBodyTests
{
    private static RequestBodySpec Body(string content, bool required = true)
    {
        string yaml = $"""
            openapi: 3.1.0
            info: {"{"}title: B, version: '1'{"}"}
            paths:
              /things:
                post:
                  operationId: send
                  requestBody:
                    required: {(required ? "true" : "false")}
                    content:
            {content}
                  responses: {"{"}'204': {"{"}description: Done.{"}"}{"}"}
            components:
              schemas:
                Color: {"{"}type: object, properties: {"{"}R: {"{"}type: integer{"}"}{"}"}{"}"}
            """;
        return Specs.ParseValid(yaml).Operation("SendAsync").Body!;
    }

    [Fact]
    public void Json_comes_first_whatever_the_order_of_the_media_types()
    {
        RequestBodySpec body = Body("""
                      text/plain: {schema: {type: string}}
                      application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Color'}}
                      application/vnd.acme+json: {schema: {$ref: '#/components/schemas/Color'}}
            """);

        Assert.Equal(RequestBodyKind.Json, body.Kind);
        Assert.Equal("application/vnd.acme+json", body.MediaType);
        Assert.Equal("Color", body.Type!.Name);
    }

    [Theory]
    [InlineData("text/plain: {schema: {type: string}}\n          application/octet-stream: {}", "Binary", "application/octet-stream")]
    [InlineData("text/csv: {schema: {type: string}}", "Text", "text/csv")]
    [InlineData("image/png: {}", "Binary", "image/png")]
    [InlineData("'*/*': {schema: {type: string, format: binary}}", "Binary", "application/octet-stream")]
    [InlineData("application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Color'}}\n          multipart/form-data: {schema: {$ref: '#/components/schemas/Color'}}", "Multipart", "multipart/form-data")]
    public void The_preference_order_is_json_multipart_form_binary_text(string content, string kind, string mediaType)
    {
        RequestBodySpec body = Body("          " + content);

        Assert.Equal(kind, body.Kind.ToString());
        Assert.Equal(mediaType, body.MediaType);
    }

    [Fact]
    public void Multipart_fields_become_parameters_with_files_as_file_parts()
    {
        RequestBodySpec body = Body("""
                      multipart/form-data:
                        schema:
                          type: object
                          required: [file]
                          properties:
                            title: {type: string}
                            file: {type: string, format: binary}
                            more: {type: array, items: {type: string, format: binary}}
                            poster: {type: string, contentMediaType: image/png}
                            color: {$ref: '#/components/schemas/Color'}
                            tags: {type: array, items: {type: string}}
            """);

        Assert.Equal(
            new[] { ("file", FormFieldKind.File, true), ("title", FormFieldKind.Value, false), ("more", FormFieldKind.Files, false), ("poster", FormFieldKind.File, false), ("color", FormFieldKind.Json, false), ("tags", FormFieldKind.Value, false) },
            body.Fields.Select(f => (f.WireName, f.Kind, f.IsRequired)));
    }

    [Fact]
    public void Form_fields_take_their_encoding_style()
    {
        RequestBodySpec body = Body("""
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties:
                            color: {$ref: '#/components/schemas/Color'}
                            tags: {type: array, items: {type: string}}
                        encoding:
                          color: {style: deepObject, explode: true}
                          tags: {style: form, explode: false}
            """);

        Assert.Equal(
            new[] { ("color", ParameterStyleKind.DeepObject, true), ("tags", ParameterStyleKind.Form, false) },
            body.Fields.Select(f => (f.WireName, f.Style, f.Explode)));
    }

    [Fact]
    public void Form_field_properties_come_from_all_of_parts_too()
    {
        RequestBodySpec body = Body("""
                      application/x-www-form-urlencoded:
                        schema:
                          allOf:
                            - $ref: '#/components/schemas/Color'
                            - {type: object, required: [name], properties: {name: {type: string}}}
            """);

        Assert.Equal(new[] { ("name", true), ("R", false) }, body.Fields.Select(f => (f.WireName, f.IsRequired)));
    }
}
