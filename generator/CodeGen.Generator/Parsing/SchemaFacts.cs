using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>Questions about a Microsoft.OpenApi schema that the catalog asks repeatedly.</summary>
internal static class SchemaFacts
{
    public static bool AllowsNull(IOpenApiSchema schema)
        => schema.Type is { } type && (type & JsonSchemaType.Null) != 0
            || schema.OneOf?.Any(IsNullOnly) == true
            || schema.AnyOf?.Any(IsNullOnly) == true;

    public static JsonSchemaType? NonNullType(IOpenApiSchema schema)
        => schema.Type is { } type && (type & ~JsonSchemaType.Null) != 0 ? type & ~JsonSchemaType.Null : null;

    // Lists read from a document can hold null entries (`oneOf: [~]`), so every helper here accepts them.
    public static bool IsNullOnly(IOpenApiSchema? schema) => schema?.Type == JsonSchemaType.Null;

    /// <summary>
    /// A schema that only wraps one other schema to add docs, defaults or nullability, as OpenAPI 3.0 requires
    /// (<c>allOf: [$ref]</c>, or <c>oneOf: [$ref, {type: null}]</c> in 3.1).
    /// </summary>
    public static IOpenApiSchema? WrappedSchema(IOpenApiSchema schema)
    {
        if (schema.Properties is { Count: > 0 } || schema.Items is not null || schema.Enum is { Count: > 0 })
        {
            return null;
        }

        if (schema.AllOf is { Count: 1 } allOf && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 })
        {
            return allOf[0];
        }

        List<IOpenApiSchema> choices = (schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf ?? new List<IOpenApiSchema>())
            .Where(s => s is not null && !IsNullOnly(s))
            .ToList();
        if (choices.Count == 1 && (schema.OneOf?.Count ?? schema.AnyOf?.Count ?? 0) == 2 && schema.AllOf is not { Count: > 0 })
        {
            return choices[0];
        }

        return null;
    }

    /// <summary>Whether the schema says what a value is, rather than only constraining one (<c>{required: [a]}</c>).</summary>
    public static bool DeclaresAType(IOpenApiSchema schema)
        => ReferenceId(schema) is not null
            || schema.Type is not null
            || schema.Properties is { Count: > 0 }
            || schema.Items is not null
            || schema.Enum is { Count: > 0 }
            || schema.AdditionalProperties is not null
            || schema.OneOf is { Count: > 0 }
            || schema.AnyOf is { Count: > 0 }
            || schema.AllOf is { Count: > 0 };

    public static string? ReferenceId(IOpenApiSchema schema)
        => schema is OpenApiSchemaReference reference ? reference.Reference?.Id : null;
}
