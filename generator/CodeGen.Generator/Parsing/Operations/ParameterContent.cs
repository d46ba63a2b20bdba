using System.Collections.Generic;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Operations;

/// <summary>
/// Finds the schema of a parameter, which OpenAPI lets a document give either as <c>schema</c> (serialized by
/// <c>style</c>) or as <c>content</c>, a one-entry map from a media type to a schema (serialized as that media type).
/// </summary>
internal static class ParameterContent
{
    /// <summary>
    /// The schema, the pointer to it, and whether the value travels as JSON text: true for a <c>content</c> entry
    /// of a JSON media type. A <c>content</c> of another media type (<c>text/plain</c>) is sent as the plain value,
    /// the closest thing to its text the generator can write.
    /// </summary>
    public static (IOpenApiSchema? Schema, string Pointer, bool IsJson) SchemaOf(IOpenApiParameter parameter, string parameterPointer)
    {
        if (parameter.Schema is not null || parameter.Content is not { Count: > 0 } content)
        {
            return (parameter.Schema, parameterPointer + "/schema", false);
        }

        // The specification allows one entry; with several, a JSON one is the one this client can write.
        KeyValuePair<string, IOpenApiMediaType>? chosen = null;
        foreach (KeyValuePair<string, IOpenApiMediaType> entry in content)
        {
            if (entry.Value is null)
            {
                continue;
            }

            if (chosen is null || (MediaTypes.IsJson(MediaTypes.Essence(entry.Key)) && !MediaTypes.IsJson(MediaTypes.Essence(chosen.Value.Key))))
            {
                chosen = entry;
            }
        }

        if (chosen is not { } found)
        {
            return (null, parameterPointer + "/schema", false);
        }

        string pointer = parameterPointer + "/content/" + JsonPointer.Escape(found.Key) + "/schema";
        return (found.Value.Schema, pointer, MediaTypes.IsJson(MediaTypes.Essence(found.Key)));
    }
}
