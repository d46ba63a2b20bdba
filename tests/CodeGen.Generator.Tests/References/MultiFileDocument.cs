using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.FileReferences;

/// <summary>
/// A root and seven files in subfolders: whole-file and pointer references, <c>../</c> paths, a file that references
/// a third one, a cycle between two files (pet ⇄ owner), a path item, a parameter, a response and a request body
/// from other files, and YAML and JSON referencing each other.
/// </summary>
internal static class MultiFileDocument
{
    public const string Namespace = "Pets.Client";

    public static readonly SpecFile Root = new("/repo/api/pets.openapi.yaml", """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - $ref: './common/parameters.yaml#/limit'
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: './schemas/pet.yaml'
                '404':
                  $ref: './common/responses.yaml#/Error'
            post:
              operationId: createPet
              requestBody:
                $ref: './common/bodies.json#/NewPet'
              responses:
                '201':
                  description: created
                  content:
                    application/json:
                      schema:
                        $ref: 'schemas/pet.yaml'
          /owners/{id}:
            $ref: './paths/owner.yaml'
        """, Namespace: Namespace);

    public static readonly SpecFile Pet = new("/repo/api/schemas/pet.yaml", """
        type: object
        description: A pet, from its own file.
        required: [id, name]
        properties:
          id: {type: integer, format: int64}
          name: {type: string}
          tag:
            $ref: '../schemas/common/tag.yaml#/Tag'
          owner:
            $ref: './owner.yaml#/Owner'
        """);

    public static readonly SpecFile Tag = new("/repo/api/schemas/common/tag.yaml", """
        Tag:
          type: object
          properties:
            label: {type: string}
        """);

    public static readonly SpecFile Owner = new("/repo/api/schemas/owner.yaml", """
        Owner:
          type: object
          properties:
            name: {type: string}
            pets:
              type: array
              items:
                $ref: 'pet.yaml'
        """);

    public static readonly SpecFile Parameters = new("/repo/api/common/parameters.yaml", """
        limit:
          name: limit
          in: query
          schema: {type: integer, format: int32}
        """);

    public static readonly SpecFile Responses = new("/repo/api/common/responses.yaml", """
        Error:
          description: an error
          content:
            application/json:
              schema:
                $ref: '../schemas/error.json'
        """);

    public static readonly SpecFile ErrorSchema = new("/repo/api/schemas/error.json", """
        {"type": "object", "properties": {"message": {"type": "string"}, "code": {"type": "integer"}}}
        """);

    public static readonly SpecFile Bodies = new("/repo/api/common/bodies.json", """
        {
          "NewPet": {
            "required": true,
            "content": {"application/json": {"schema": {"$ref": "../schemas/pet.yaml"}}}
          }
        }
        """);

    public static readonly SpecFile OwnerPath = new("/repo/api/paths/owner.yaml", """
        get:
          operationId: getOwner
          parameters:
            - name: id
              in: path
              required: true
              schema: {type: string}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema:
                    $ref: '../schemas/owner.yaml#/Owner'
        """);

    public static SpecFile[] All => new[] { Root, Pet, Tag, Owner, Parameters, Responses, ErrorSchema, Bodies, OwnerPath };
}
