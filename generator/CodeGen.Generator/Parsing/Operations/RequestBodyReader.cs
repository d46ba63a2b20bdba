using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Operations;

/// <summary>
/// Reads a request body: picks one media type (see <see cref="MediaTypes"/>) and turns it into a JSON, stream,
/// text, form or multipart body. Form and multipart fields become method parameters of their own.
/// </summary>
internal sealed class RequestBodyReader
{
    private readonly SchemaCatalog _catalog;
    private readonly SourceLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;

    public RequestBodyReader(SchemaCatalog catalog, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _catalog = catalog;
        _locator = locator;
        _diagnostics = diagnostics;
    }

    /// <summary>The body, or <see langword="null"/> when it declares no media type (a warning says so).</summary>
    public RequestBodySpec? Read(IOpenApiRequestBody requestBody, string baseName, string pointer, NameScope parameterNames)
    {
        // A media type whose value is not an object reads as null: it offers nothing to send.
        if (MediaTypes.Choose(requestBody.Content?.Where(e => e.Value is not null).Select(e => e.Key)) is not { } chosen)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, _locator.Locate(pointer), "A request body without any media type", "the method sends no body"));
            return null;
        }

        IOpenApiMediaType mediaType = requestBody.Content![chosen.Key];
        string schemaPointer = pointer + "/content/" + JsonPointer.Escape(chosen.Key) + "/schema";
        string contentType = MediaTypes.Essence(chosen.Key);
        RequestBodyKind kind = chosen.Kind;

        // */* with a binary schema is an upload of raw bytes, not JSON.
        if (kind == RequestBodyKind.Json && IsBinary(mediaType.Schema))
        {
            kind = RequestBodyKind.Binary;
            contentType = "application/octet-stream";
        }

        if (!MediaTypes.IsSendable(contentType))
        {
            contentType = kind switch
            {
                RequestBodyKind.Text => "text/plain",
                RequestBodyKind.Binary => "application/octet-stream",
                RequestBodyKind.FormUrlEncoded => "application/x-www-form-urlencoded",
                RequestBodyKind.Multipart => "multipart/form-data",
                _ => "application/json",
            };
        }

        if (kind is RequestBodyKind.Binary or RequestBodyKind.Text && IsStructured(mediaType.Schema))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RequestMediaTypeNotSerialized, _locator.Locate(pointer + "/content/" + JsonPointer.Escape(chosen.Key)), chosen.Key, kind == RequestBodyKind.Text ? "string" : "Stream"));
        }

        switch (kind)
        {
            case RequestBodyKind.Json:
                TypeRefSpec type = _catalog.Resolve(mediaType.Schema, baseName + "Request", schemaPointer);
                return new RequestBodySpec(parameterNames.Claim("body"), type, requestBody.Required, requestBody.Description, kind, contentType);
            case RequestBodyKind.Binary:
            case RequestBodyKind.Text:
                return new RequestBodySpec(parameterNames.Claim("body"), null, requestBody.Required, requestBody.Description, kind, contentType);
            default:
                EquatableArray<FormFieldSpec> fields = ReadFields(mediaType, kind, baseName, schemaPointer, parameterNames);
                return new RequestBodySpec(string.Empty, null, requestBody.Required, requestBody.Description, kind, contentType, fields);
        }
    }

    private EquatableArray<FormFieldSpec> ReadFields(IOpenApiMediaType mediaType, RequestBodyKind kind, string baseName, string schemaPointer, NameScope parameterNames)
    {
        var fields = new List<FormFieldSpec>();
        IOpenApiSchema? schema = mediaType.Schema;
        if (schema is null)
        {
            return EquatableArray<FormFieldSpec>.Empty;
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, IOpenApiSchema property, string propertyPointer) in Properties(schema, schemaPointer, required))
        {
            bool isRequired = required.Contains(name);
            OpenApiEncoding? encoding = mediaType.Encoding is { } encodings && encodings.TryGetValue(name, out OpenApiEncoding? found) ? found : null;
            FormFieldKind fieldKind = FieldKind(property, kind);
            TypeRefSpec? type = fieldKind is FormFieldKind.File or FormFieldKind.Files
                ? null
                : _catalog.Resolve(property, baseName + Identifiers.ToPascalCase(name, "Field"), propertyPointer);
            if (fieldKind == FormFieldKind.Value && kind == RequestBodyKind.Multipart && type!.Kind is TypeKind.Object or TypeKind.Map or TypeKind.Any
                || fieldKind == FormFieldKind.Value && kind == RequestBodyKind.Multipart && type!.Kind == TypeKind.Array && type.Element!.Kind is TypeKind.Object or TypeKind.Map or TypeKind.Any or TypeKind.Array)
            {
                // The spec's default for an object in a multipart body is an application/json part.
                fieldKind = FormFieldKind.Json;
            }

            ParameterStyleKind style = ParameterStyles.From(encoding?.Style) is { } declared && (declared is ParameterStyleKind.Form or ParameterStyleKind.SpaceDelimited or ParameterStyleKind.PipeDelimited or ParameterStyleKind.DeepObject)
                ? declared
                : ParameterStyleKind.Form;
            bool explode = encoding?.Explode ?? style == ParameterStyleKind.Form;
            fields.Add(new FormFieldSpec(
                parameterNames.Claim(Identifiers.ToCamelCase(name, "field")),
                name,
                fieldKind,
                type,
                isRequired,
                property.Description,
                style,
                explode));
        }

        return fields.Where(f => f.IsRequired).Concat(fields.Where(f => !f.IsRequired)).ToEquatableArray();
    }

    // The schema's own properties and those of its allOf parts, in document order, first declaration winning.
    private static IEnumerable<(string Name, IOpenApiSchema Schema, string Pointer)> Properties(IOpenApiSchema schema, string pointer, HashSet<string> required)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(IOpenApiSchema, string)>();
        var visited = new HashSet<IOpenApiSchema>();
        stack.Push((schema, pointer));
        var result = new List<(string, IOpenApiSchema, string)>();
        while (stack.Count > 0)
        {
            (IOpenApiSchema current, string currentPointer) = stack.Pop();
            if (!visited.Add(current) || visited.Count > 64)
            {
                continue;
            }

            if (current.Required is { } names)
            {
                required.UnionWith(names);
            }

            if (current.Properties is { } properties)
            {
                foreach (KeyValuePair<string, IOpenApiSchema> property in properties)
                {
                    if (property.Value is not null && seen.Add(property.Key))
                    {
                        result.Add((property.Key, property.Value, currentPointer + "/properties/" + JsonPointer.Escape(property.Key)));
                    }
                }
            }

            if (current.AllOf is { } parts)
            {
                for (int i = parts.Count - 1; i >= 0; i--)
                {
                    if (parts[i] is not null)
                    {
                        stack.Push((parts[i], currentPointer + "/allOf/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }
                }
            }
        }

        return result;
    }

    private static FormFieldKind FieldKind(IOpenApiSchema property, RequestBodyKind kind)
    {
        if (kind != RequestBodyKind.Multipart)
        {
            return FormFieldKind.Value;
        }

        if (IsBinary(property))
        {
            return FormFieldKind.File;
        }

        return SchemaFacts.NonNullType(property) == JsonSchemaType.Array && property.Items is { } items && IsBinary(items)
            ? FormFieldKind.Files
            : FormFieldKind.Value;
    }

    // An object or array schema describes data the generator would serialize, had the media type been JSON or a form.
    private static bool IsStructured(IOpenApiSchema? schema)
        => schema is not null
            && (SchemaFacts.NonNullType(schema) is JsonSchemaType.Object or JsonSchemaType.Array || schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 });

    /// <summary>A string of raw bytes: <c>format: binary</c> (3.0), or <c>contentMediaType</c> without <c>contentEncoding</c> (3.1).</summary>
    public static bool IsBinary(IOpenApiSchema? schema)
    {
        if (schema is null || SchemaFacts.NonNullType(schema) is not (JsonSchemaType.String or null))
        {
            return false;
        }

        if (string.Equals(schema.Format, "binary", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return SchemaFacts.NonNullType(schema) == JsonSchemaType.String
            && schema is IOpenApiSchemaMissingProperties { ContentMediaType: { Length: > 0 }, ContentEncoding: null or "" };
    }
}
