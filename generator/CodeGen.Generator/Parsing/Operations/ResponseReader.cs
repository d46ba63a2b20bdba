using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing.Operations;

/// <summary>
/// Reads the responses of an operation into one success shape and the declared error payloads.
/// Successes that agree share their type; JSON successes of different types are returned as <c>JsonElement</c>;
/// successes that mix JSON, text and binary are returned as a <c>Stream</c>, which can carry any of them.
/// </summary>
internal sealed class ResponseReader
{
    private readonly SchemaCatalog _catalog;
    private readonly SourceLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;

    public ResponseReader(SchemaCatalog catalog, SourceLocator locator, List<DiagnosticInfo> diagnostics)
    {
        _catalog = catalog;
        _locator = locator;
        _diagnostics = diagnostics;
    }

    public (SuccessResponseSpec Success, EquatableArray<ErrorResponseSpec> Errors) Read(OpenApiOperation operation, string baseName, string pointer)
    {
        var errors = new List<ErrorResponseSpec>();
        var bodies = new List<(int Code, ResponseBodyKind Kind, TypeRefSpec? Type, string? Description, string Pointer)>();
        var emptyCodes = new List<int>();
        if (operation.Responses is null)
        {
            return (new SuccessResponseSpec(EquatableArray<int>.Empty, EquatableArray<int>.Empty, null, null), EquatableArray<ErrorResponseSpec>.Empty);
        }

        foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Responses.Where(r => r.Value is not null).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            string key = response.Key.ToUpperInvariant();
            string responsePointer = pointer + "/responses/" + JsonPointer.Escape(response.Key);
            bool isSuccess = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code is >= 200 and < 300;
            if (isSuccess)
            {
                (ResponseBodyKind Kind, IOpenApiSchema? Schema, string MediaKey)? body = SuccessBody(response.Value.Content);
                if (body is null)
                {
                    emptyCodes.Add(code);
                    continue;
                }

                string schemaPointer = responsePointer + "/content/" + JsonPointer.Escape(body.Value.MediaKey) + "/schema";
                TypeRefSpec? type = body.Value.Kind == ResponseBodyKind.Json ? _catalog.Resolve(body.Value.Schema, baseName + "Response", schemaPointer) : null;
                bodies.Add((code, body.Value.Kind, type, response.Value.Description, responsePointer));
                continue;
            }

            if (key == "2XX")
            {
                continue;
            }

            string? jsonKey = response.Value.Content?.Where(e => e.Value?.Schema is not null).Select(e => e.Key).FirstOrDefault(k => MediaTypes.IsJson(MediaTypes.Essence(k)));
            if (jsonKey is not null && response.Value.Content![jsonKey]!.Schema is { } errorSchema)
            {
                // Keys are meant to be codes (404, 5XX, default); anything else must still make an identifier (and a hint name).
                string status = key == "DEFAULT" ? "Default" : key.All(char.IsLetterOrDigit) && key.All(c => c < 128) ? key : Identifiers.ToPascalCase(key, "Status");
                string schemaPointer = responsePointer + "/content/" + JsonPointer.Escape(jsonKey) + "/schema";
                errors.Add(new ErrorResponseSpec(key == "DEFAULT" ? "default" : key, _catalog.Resolve(errorSchema, baseName + status + "Error", schemaPointer), response.Value.Description));
            }
        }

        return (Combine(bodies, emptyCodes), errors.ToEquatableArray());
    }

    private SuccessResponseSpec Combine(List<(int Code, ResponseBodyKind Kind, TypeRefSpec? Type, string? Description, string Pointer)> bodies, List<int> emptyCodes)
    {
        if (bodies.Count == 0)
        {
            return new SuccessResponseSpec(EquatableArray<int>.Empty, emptyCodes.ToEquatableArray(), null, null);
        }

        var first = bodies[0];
        ResponseBodyKind kind = first.Kind;
        TypeRefSpec? type = first.Type;
        foreach (var other in bodies.Skip(1))
        {
            if (other.Kind != kind)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SuccessBodiesDisagree, _locator.Locate(other.Pointer), other.Code.ToString(CultureInfo.InvariantCulture), first.Code.ToString(CultureInfo.InvariantCulture), "a Stream (the body unread, whatever its media type)"));
                kind = ResponseBodyKind.Stream;
                type = null;
            }
            else if (kind == ResponseBodyKind.Json && type is not null && !type.Equals(other.Type))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SuccessBodiesDisagree, _locator.Locate(other.Pointer), other.Code.ToString(CultureInfo.InvariantCulture), first.Code.ToString(CultureInfo.InvariantCulture), "a JsonElement"));
                type = TypeRefSpec.Any;
            }
        }

        return new SuccessResponseSpec(bodies.Select(b => b.Code).ToEquatableArray(), emptyCodes.ToEquatableArray(), type, first.Description, kind);
    }

    // JSON with a schema first, then text, then anything else as bytes. JSON without a schema says nothing to read.
    private static (ResponseBodyKind Kind, IOpenApiSchema? Schema, string MediaKey)? SuccessBody(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is null || content.Count == 0)
        {
            return null;
        }

        foreach (KeyValuePair<string, IOpenApiMediaType> entry in content)
        {
            if (MediaTypes.IsJson(MediaTypes.Essence(entry.Key)) && entry.Value?.Schema is { } schema)
            {
                return RequestBodyReader.IsBinary(schema) ? (ResponseBodyKind.Stream, null, entry.Key) : (ResponseBodyKind.Json, schema, entry.Key);
            }
        }

        foreach (KeyValuePair<string, IOpenApiMediaType> entry in content)
        {
            if (entry.Value is not null && MediaTypes.Classify(entry.Key) == RequestBodyKind.Text)
            {
                return (ResponseBodyKind.Text, null, entry.Key);
            }
        }

        foreach (KeyValuePair<string, IOpenApiMediaType> entry in content)
        {
            if (entry.Value is not null && !MediaTypes.IsJson(MediaTypes.Essence(entry.Key)))
            {
                return (ResponseBodyKind.Stream, null, entry.Key);
            }
        }

        return null;
    }
}
