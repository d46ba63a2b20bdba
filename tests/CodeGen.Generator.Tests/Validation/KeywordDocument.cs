namespace CodeGen.Generator.Tests.Validation;

/// <summary>One document using every validation keyword, generated and compiled once for <see cref="KeywordTests"/>.</summary>
public sealed class KeywordDocument : IDisposable
{
    public const string Yaml = """
        openapi: 3.0.3
        info: {title: Validation, version: '1'}
        paths:
          /things:
            post:
              operationId: createThing
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
              responses:
                '204': {description: Done.}
        components:
          schemas:
            Code:
              type: string
              pattern: '^[A-Z]{2,3}$'
            Thing:
              type: object
              required: [name, parts]
              properties:
                name: {type: string, minLength: 2, maxLength: 5}
                code: {$ref: '#/components/schemas/Code'}
                word: {type: string, pattern: '^\w+$'}
                letters: {type: string, pattern: '^\p{L}+$'}
                email: {type: string, format: email}
                site: {type: string, format: uri}
                day: {type: string, format: date}
                address: {type: string, format: ipv4}
                count: {type: integer, minimum: 1, maximum: 10}
                ratio: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true}
                amount: {type: number, format: decimal, minimum: 0.5, maximum: 99.5}
                whole: {type: number, format: int32}
                big: {type: integer, format: int64, maximum: 9007199254740993}
                tags:
                  type: array
                  minItems: 1
                  maxItems: 3
                  uniqueItems: true
                  items: {type: string, maxLength: 4}
                parts:
                  type: array
                  items: {$ref: '#/components/schemas/Part'}
                labels:
                  type: object
                  minProperties: 1
                  maxProperties: 2
                  additionalProperties: {type: string, minLength: 1}
                matrix:
                  type: array
                  items:
                    type: array
                    items: {type: integer, maximum: 9}
                note:
                  maxLength: 2
                  allOf: [{$ref: '#/components/schemas/Code'}]
                nickname: {type: string, nullable: true, maxLength: 3}
                owner: {$ref: '#/components/schemas/Part'}
                server_only: {type: string, readOnly: true, maxLength: 1}
            Part:
              type: object
              required: [url]
              properties:
                url: {type: string, format: uri}
                size: {type: integer, minimum: 0}
        """;

    public KeywordDocument() => Harness = new ValidationHarness(Yaml);

    internal ValidationHarness Harness { get; }

    public void Dispose() => Harness.Dispose();
}
