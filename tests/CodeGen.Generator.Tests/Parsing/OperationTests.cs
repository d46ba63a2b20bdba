using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Parsing;

public sealed class OperationTests
{
    private const string Yaml = """
        openapi: 3.0.3
        info: {title: Pets, version: '1.0'}
        security:
          - bearerAuth: []
        paths:
          /pets/{pet_id}:
            parameters:
              - name: pet_id
                in: path
                required: true
                description: The pet's id.
                schema: {type: string}
            get:
              operationId: get_pet
              summary: Gets a pet.
              parameters:
                - name: verbose
                  in: query
                  schema: {type: boolean}
                - name: X-Request-Id
                  in: header
                  required: true
                  schema: {type: string, format: uuid}
                - name: limit
                  in: query
                  required: true
                  schema: {type: integer, format: int64}
              responses:
                '200':
                  description: The pet.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                '404':
                  description: No such pet.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Problem'}
                default:
                  description: Anything else.
                  content:
                    application/problem+json:
                      schema: {$ref: '#/components/schemas/Problem'}
            delete:
              operationId: deletePet
              security: []
              responses:
                '204': {description: Deleted.}
          /pets:
            post:
              operationId: create-pet
              requestBody:
                required: true
                description: The new pet.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Pet'}
              responses:
                '201':
                  description: Created.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                '202': {description: Accepted for later.}
                5XX:
                  description: Server trouble.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Problem'}
            get:
              responses:
                '200':
                  description: All pets.
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Pet'}
        components:
          securitySchemes:
            bearerAuth: {type: http, scheme: bearer}
          schemas:
            Pet:
              type: object
              properties:
                name: {type: string}
            Problem:
              type: object
              properties:
                detail: {type: string}
        """;

    private static ApiSpec Spec() => Specs.ParseValid(Yaml);

    [Fact]
    public void Method_names_come_from_operation_ids_or_method_and_path_in_document_order()
    {
        Assert.Equal(new[] { "GetPetAsync", "DeletePetAsync", "GetPetsAsync", "CreatePetAsync" }, Spec().Client.Operations.Select(o => o.MethodName));
    }

    [Fact]
    public void Http_method_and_path_template_are_kept()
    {
        OperationSpec get = Spec().Operation("GetPetAsync");

        Assert.Equal("GET", get.HttpMethod);
        Assert.Equal("/pets/{pet_id}", get.PathTemplate);
        Assert.Equal("Gets a pet.", get.Documentation.Summary);
        Assert.Equal("POST", Spec().Operation("CreatePetAsync").HttpMethod);
    }

    [Fact]
    public void Parameters_merge_path_level_ones_and_list_required_first()
    {
        OperationSpec get = Spec().Operation("GetPetAsync");

        Assert.Equal(
            new[]
            {
                ("petId", "pet_id", ParameterLocationKind.Path, TypeKind.String, true),
                ("xRequestId", "X-Request-Id", ParameterLocationKind.Header, TypeKind.Guid, true),
                ("limit", "limit", ParameterLocationKind.Query, TypeKind.Int64, true),
                ("verbose", "verbose", ParameterLocationKind.Query, TypeKind.Boolean, false),
            },
            get.Parameters.Select(p => (p.Name, p.WireName, p.Location, p.Type.Kind, p.IsRequired)));
        Assert.Equal("The pet's id.", get.Parameters[0].Documentation.Description);
    }

    [Fact]
    public void The_json_body_becomes_a_body_parameter()
    {
        OperationSpec create = Spec().Operation("CreatePetAsync");

        Assert.NotNull(create.Body);
        Assert.Equal("body", create.Body!.ParameterName);
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "Pet"), create.Body.Type);
        Assert.True(create.Body.IsRequired);
        Assert.Equal("The new pet.", create.Body.Description);
        Assert.Null(Spec().Operation("GetPetAsync").Body);
    }

    [Fact]
    public void Success_type_and_status_codes_are_collected()
    {
        ApiSpec spec = Spec();

        SuccessResponseSpec get = spec.Operation("GetPetAsync").Success;
        Assert.Equal(new[] { 200 }, get.StatusCodes);
        Assert.Empty(get.EmptyStatusCodes);
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "Pet"), get.Type);
        Assert.Equal("The pet.", get.Description);

        SuccessResponseSpec create = spec.Operation("CreatePetAsync").Success;
        Assert.Equal(new[] { 201 }, create.StatusCodes);
        Assert.Equal(new[] { 202 }, create.EmptyStatusCodes);

        SuccessResponseSpec delete = spec.Operation("DeletePetAsync").Success;
        Assert.Null(delete.Type);
        Assert.Empty(delete.StatusCodes);
        Assert.Equal(new[] { 204 }, delete.EmptyStatusCodes);

        TypeRefSpec? list = spec.Operation("GetPetsAsync").Success.Type;
        Assert.Equal(TypeKind.Array, list!.Kind);
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "Pet"), list.Element);
    }

    [Fact]
    public void Error_types_are_collected_by_status()
    {
        ApiSpec spec = Spec();
        var problem = new TypeRefSpec(TypeKind.Object, "Problem");

        Assert.Equal(
            new[] { new ErrorResponseSpec("404", problem, "No such pet."), new ErrorResponseSpec("default", problem, "Anything else.") },
            spec.Operation("GetPetAsync").Errors);
        Assert.Equal(new[] { new ErrorResponseSpec("5XX", problem, "Server trouble.") }, spec.Operation("CreatePetAsync").Errors);
        Assert.Empty(spec.Operation("DeletePetAsync").Errors);
    }

    [Fact]
    public void Bearer_security_is_inherited_from_the_document_unless_the_operation_clears_it()
    {
        ApiSpec spec = Spec();

        Assert.True(spec.Operation("GetPetAsync").UsesBearerToken);
        Assert.True(spec.Operation("CreatePetAsync").UsesBearerToken);
        Assert.False(spec.Operation("DeletePetAsync").UsesBearerToken);
    }

    [Fact]
    public void Without_any_security_no_operation_uses_a_bearer_token()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(paths: """
              /ping:
                get:
                  operationId: ping
                  responses:
                    '204': {description: Pong.}

            """));

        Assert.False(spec.Operation("PingAsync").UsesBearerToken);
    }

    [Fact]
    public void Api_key_security_is_not_taken_for_bearer()
    {
        ApiSpec spec = Specs.ParseValid("""
            openapi: 3.0.3
            info: {title: Keys, version: '1.0'}
            security:
              - apiKey: []
            paths:
              /ping:
                get:
                  operationId: ping
                  responses:
                    '204': {description: Pong.}
            components:
              securitySchemes:
                apiKey: {type: apiKey, in: header, name: X-Api-Key}
            """);

        Assert.False(spec.Operation("PingAsync").UsesBearerToken);
    }

    [Fact]
    public void Duplicate_operation_ids_get_numbered_method_names()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(paths: """
              /a:
                get:
                  operationId: fetch
                  responses:
                    '204': {description: Ok.}
              /b:
                get:
                  operationId: fetch
                  responses:
                    '204': {description: Ok.}

            """));

        Assert.Equal(new[] { "FetchAsync", "FetchAsync2" }, spec.Client.Operations.Select(o => o.MethodName));
    }

    [Fact]
    public void Inline_request_and_response_schemas_are_named_after_the_operation()
    {
        ApiSpec spec = Specs.ParseValid(Specs.Document(paths: """
              /jobs:
                post:
                  operationId: submit_job
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            input: {type: string}
                  responses:
                    '200':
                      description: Ok.
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              id: {type: string}

            """));

        OperationSpec submit = spec.Operation("SubmitJobAsync");
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "SubmitJobRequest"), submit.Body!.Type);
        Assert.False(submit.Body.IsRequired);
        Assert.Equal(new TypeRefSpec(TypeKind.Object, "SubmitJobResponse"), submit.Success.Type);
    }
}
