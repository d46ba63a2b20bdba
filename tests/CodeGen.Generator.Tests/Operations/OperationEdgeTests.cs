using System.Collections.Immutable;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Operations;

/// <summary>
/// The edges of operations: parameters given by <c>content</c>, <c>2XX</c> and <c>default</c> successes, range
/// errors, multipart subtypes, several request and response media types. The integration tests' edges document
/// sends each of them to a real server (Wire/OperationEdgeWireTests); these check what the generator reads and
/// that everything it writes compiles cleanly.
/// </summary>
public sealed class OperationEdgeTests
{
    internal static SpecFile EdgeSpec()
        => new("/repo/tests/edges.openapi.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "CodeGen.IntegrationTests", "Wire", "edges.openapi.yaml")), Namespace: "Operations.Edges", ClientName: "EdgesClient");

    private static string Operation(string operation, string components = "") => """
        openapi: 3.0.3
        info: {title: E, version: '1'}
        paths:
          /thing:
            post:
              operationId: doThing
        OPERATION
        components:
          schemas:
            Item: {type: object, properties: {id: {type: integer}}}
            Problem: {type: object, properties: {title: {type: string}}}
        COMPONENTS
        """.Replace("OPERATION", operation, StringComparison.Ordinal).Replace("COMPONENTS", components, StringComparison.Ordinal);

    [Theory]
    [InlineData("CSharp9")]
    [InlineData("Latest")]
    public void The_edges_document_compiles_without_warnings_or_diagnostics(string version)
    {
        var (result, output, driverDiagnostics) = GeneratorRunner.RunWithCompilation(new[] { EdgeSpec() }, GeneratorRunner.ParseOptions(Enum.Parse<LanguageVersion>(version)));

        Assert.Null(result.Exception);
        Assert.Empty(driverDiagnostics);
        Assert.True(result.Diagnostics.IsEmpty, DiagnosticAssert.All(result.Diagnostics));
        ImmutableArray<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        Assert.True(problems.IsEmpty, $"{problems.Length} compiler diagnostic(s) under {version}:\n" + string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void A_parameter_given_by_json_content_takes_the_content_schema_and_ignores_style()
    {
        OperationSpec operation = Specs.ParseValid(Operation("""
                  parameters:
                    - name: filter
                      in: query
                      style: deepObject
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Item'}
                    - name: note
                      in: header
                      content:
                        text/plain:
                          schema: {type: string}
                  responses:
                    '204': {description: Done.}
            """)).Operation("DoThingAsync");

        ParameterSpec filter = operation.Parameters.Single(p => p.WireName == "filter");
        Assert.True(filter.IsJsonContent);
        Assert.Equal("Item", filter.Type.Name);
        Assert.Equal(ParameterStyleKind.Form, filter.Style);
        Assert.False(filter.IsPlain);
        ParameterSpec note = operation.Parameters.Single(p => p.WireName == "note");
        Assert.False(note.IsJsonContent);
        Assert.Equal(Model.TypeKind.String, note.Type.Kind);
        Assert.True(note.IsPlain);
    }

    [Fact]
    public void A_2XX_range_is_the_success_body_and_4XX_5XX_are_typed_errors()
    {
        OperationSpec operation = Specs.ParseValid(Operation("""
                  responses:
                    2XX: {description: Ok., content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
                    4XX: {description: Bad., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                    5xx: {description: Down., content: {application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            """)).Operation("DoThingAsync");

        Assert.Equal("Item", operation.Success.Type!.Name);
        Assert.Empty(operation.Success.StatusCodes);
        Assert.Equal(new[] { "4XX", "5XX" }, operation.Errors.Select(e => e.StatusPattern));
        Assert.All(operation.Errors, e => Assert.Equal("Problem", e.Type.Name));
    }

    [Fact]
    public void Default_without_any_2xx_is_the_success_body_and_the_error_body()
    {
        OperationSpec operation = Specs.ParseValid(Operation("""
                  responses:
                    '404': {description: Missing., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                    default: {description: Anything., content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
            """)).Operation("DoThingAsync");

        Assert.Equal("Item", operation.Success.Type!.Name);
        Assert.Equal(new[] { "404 Problem", "default Item" }, operation.Errors.Select(e => e.StatusPattern + " " + e.Type.Name));
    }

    [Fact]
    public void Default_beside_a_2xx_stays_the_error_only()
    {
        OperationSpec operation = Specs.ParseValid(Operation("""
                  responses:
                    '201': {description: Made.}
                    default: {description: Failed., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            """)).Operation("DoThingAsync");

        Assert.False(operation.Success.HasBody);
        Assert.Equal(new[] { 201 }, operation.Success.EmptyStatusCodes);
        Assert.Equal("Problem", operation.Errors.Single(e => e.StatusPattern == "default").Type.Name);
    }

    [Fact]
    public void A_default_inline_schema_is_one_type_for_the_success_and_the_error()
    {
        ApiSpec spec = Specs.ParseValid(Operation("""
                  responses:
                    default:
                      description: Anything.
                      content:
                        application/json:
                          schema: {type: object, properties: {code: {type: integer}}}
            """));

        OperationSpec operation = spec.Operation("DoThingAsync");
        Assert.Equal(operation.Success.Type, operation.Errors.Single().Type);
        Assert.Single(spec.Objects, o => o.Name.StartsWith("DoThing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_response_offering_several_media_types_reads_json_and_accepts_only_what_it_reads()
    {
        SuccessResponseSpec success = Specs.ParseValid(Operation("""
                  responses:
                    '200':
                      description: Ok.
                      content:
                        application/octet-stream: {schema: {type: string, format: binary}}
                        text/plain: {schema: {type: string}}
                        application/json: {schema: {$ref: '#/components/schemas/Item'}}
                        application/vnd.e+json; charset=utf-8: {schema: {$ref: '#/components/schemas/Item'}}
                    '203':
                      description: Ok too.
                      content:
                        application/json: {schema: {$ref: '#/components/schemas/Item'}}
            """)).Operation("DoThingAsync").Success;

        Assert.Equal(ResponseBodyKind.Json, success.BodyKind);
        Assert.Equal(new[] { "application/json", "application/vnd.e+json" }, success.Accept);
    }

    [Fact]
    public void A_response_of_a_single_media_type_sends_no_accept_header()
    {
        SuccessResponseSpec success = Specs.ParseValid(Operation("""
                  responses:
                    '200': {description: Ok., content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
                    '202': {description: Queued., content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
            """)).Operation("DoThingAsync").Success;

        Assert.Empty(success.Accept);
    }

    [Fact]
    public void Text_responses_accept_every_text_type_and_streams_accept_everything()
    {
        SuccessResponseSpec text = Specs.ParseValid(Operation("""
                  responses:
                    '200': {description: Ok., content: {text/csv: {schema: {type: string}}, text/plain: {schema: {type: string}}, image/png: {}}}
            """)).Operation("DoThingAsync").Success;
        SuccessResponseSpec stream = Specs.ParseValid(Operation("""
                  responses:
                    '200': {description: Ok., content: {image/png: {}, image/*: {}}}
            """)).Operation("DoThingAsync").Success;

        Assert.Equal(ResponseBodyKind.Text, text.BodyKind);
        Assert.Equal(new[] { "text/csv", "text/plain" }, text.Accept);
        Assert.Equal(ResponseBodyKind.Stream, stream.BodyKind);
        Assert.Equal(new[] { "image/png", "image/*" }, stream.Accept);
    }

    [Theory]
    [InlineData("multipart/mixed")]
    [InlineData("multipart/related")]
    [InlineData("multipart/form-data")]
    public void A_multipart_body_keeps_its_subtype(string mediaType)
    {
        RequestBodySpec body = Specs.ParseValid(Operation("""
                  requestBody:
                    content:
                      MEDIA:
                        schema: {type: object, properties: {meta: {$ref: '#/components/schemas/Item'}, file: {type: string, format: binary}}}
                  responses:
                    '204': {description: Done.}
            """.Replace("MEDIA", mediaType, StringComparison.Ordinal))).Operation("DoThingAsync").Body!;

        Assert.Equal(RequestBodyKind.Multipart, body.Kind);
        Assert.Equal(mediaType, body.MediaType);
        Assert.Equal(new[] { FormFieldKind.Json, FormFieldKind.File }, body.Fields.Select(f => f.Kind));
    }

    [Fact]
    public void Of_several_request_media_types_json_is_chosen_whatever_the_order()
    {
        RequestBodySpec body = Specs.ParseValid(Operation("""
                  requestBody:
                    content:
                      application/xml: {schema: {$ref: '#/components/schemas/Item'}}
                      application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Item'}}
                      multipart/form-data: {schema: {$ref: '#/components/schemas/Item'}}
                      application/json: {schema: {$ref: '#/components/schemas/Item'}}
                  responses:
                    '204': {description: Done.}
            """)).Operation("DoThingAsync").Body!;

        Assert.Equal(RequestBodyKind.Json, body.Kind);
        Assert.Equal("Item", body.Type!.Name);
    }

    [Theory]
    [InlineData("application/xml", "Binary", "Stream")]
    [InlineData("text/xml", "Text", "string")]
    public void A_structured_body_in_a_media_type_the_client_cannot_write_is_CG0122_and_taken_as_raw_content(string mediaType, string kind, string taken)
    {
        ParsedSpec parsed = Specs.Parse(Operation("""
                  requestBody:
                    content:
                      MEDIA: {schema: {$ref: '#/components/schemas/Item'}}
                  responses:
                    '204': {description: Done.}
            """.Replace("MEDIA", mediaType, StringComparison.Ordinal)));

        DiagnosticInfo warning = DiagnosticAssert.Single(parsed, "CG0122");
        Assert.Equal(9, DiagnosticAssert.Start(warning).Line);
        Assert.Contains($"'{mediaType}'", Specs.Describe(warning), StringComparison.Ordinal);
        Assert.Contains($"as a {taken}", Specs.Describe(warning), StringComparison.Ordinal);
        RequestBodySpec body = parsed.Spec!.Operation("DoThingAsync").Body!;
        Assert.Equal(Enum.Parse<RequestBodyKind>(kind), body.Kind);
        Assert.Equal(mediaType, body.MediaType);
    }

    [Fact]
    public void A_binary_upload_is_no_CG0122()
    {
        ParsedSpec parsed = Specs.Parse(Operation("""
                  requestBody:
                    content:
                      application/octet-stream: {schema: {type: string, format: binary}}
                      image/png: {}
                  responses:
                    '204': {description: Done.}
            """));

        Assert.True(parsed.Diagnostics.IsEmpty, DiagnosticAssert.All(parsed));
    }

    [Fact]
    public void The_unusual_shapes_compile_without_warnings()
    {
        string yaml = """
            openapi: 3.0.3
            info: {title: E, version: '1'}
            paths:
              /thing:
                post:
                  operationId: doThing
                  parameters:
                    - {name: when, in: header, required: true, content: {application/json: {schema: {type: string, format: date-time}}}}
                    - {name: n, in: cookie, required: true, content: {application/json: {schema: {type: integer}}}}
                    - {name: m, in: query, content: {application/json: {schema: {type: object, additionalProperties: {type: integer}}}}}
                    - {name: e, in: query, content: {application/json: {schema: {type: string, enum: [a, b]}}}}
                  requestBody:
                    content:
                      application/xml: {schema: {$ref: '#/components/schemas/Item'}}
                  responses:
                    '200': {description: A., content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
                    '202': {description: B., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
                    5XX: {description: C., content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
              /other:
                get:
                  operationId: other
                  responses:
                    default: {description: D., content: {text/plain: {schema: {type: string}}, application/octet-stream: {}}}
              /related:
                put:
                  operationId: related
                  requestBody:
                    required: true
                    content:
                      multipart/related: {schema: {type: object, properties: {a: {type: integer}, b: {type: array, items: {type: string, format: binary}}}}}
                  responses:
                    '204': {description: Done.}
            components:
              schemas:
                Item: {type: object, properties: {id: {type: integer}}}
                Problem: {type: object, properties: {title: {type: string}}}
            """;

        var (result, output, _) = GeneratorRunner.RunWithCompilation(new[] { new SpecFile("/repo/edge.openapi.yaml", yaml) }, GeneratorRunner.ParseOptions(LanguageVersion.CSharp9));

        Assert.Equal(new[] { "CG0121", "CG0122" }, result.Diagnostics.Select(d => d.Id).OrderBy(id => id));
        ImmutableArray<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Take(30)));
    }
}
