using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Constraints;

/// <summary>A schema whose keywords apply to a value, and where it sits for diagnostics.</summary>
/// <param name="Schema">The schema; a reference reads through to its target.</param>
/// <param name="Pointer">The JSON pointer of the schema that actually holds the keywords.</param>
internal readonly record struct ConstraintSource(IOpenApiSchema Schema, string Pointer)
{
    /// <summary>
    /// The value's own schema, then the schema it wraps (<c>allOf: [$ref]</c> plus keywords, as OpenAPI 3.0 requires);
    /// a keyword is taken from the first that states it.
    /// </summary>
    public static ConstraintSource[] Of(IOpenApiSchema schema, string pointer)
    {
        ConstraintSource own = new(schema, Target(schema, pointer));
        if (SchemaFacts.WrappedSchema(schema) is not { } inner)
        {
            return new[] { own };
        }

        string innerPointer = pointer + (schema.AllOf is { Count: 1 } ? "/allOf/0" : string.Empty);
        return new[] { own, new ConstraintSource(inner, Target(inner, innerPointer)) };
    }

    private static string Target(IOpenApiSchema schema, string pointer)
        => SchemaFacts.ReferenceId(schema) is { } id ? JsonPointer.ComponentSchema(id) : pointer;
}
