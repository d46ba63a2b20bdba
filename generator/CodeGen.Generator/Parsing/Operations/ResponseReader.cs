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
/// Reads the responses of an operation into one success shape and the declared error payloads. Successes are the
/// 2xx codes and the <c>2XX</c> range, or <c>default</c> when the operation declares neither.
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
        var bodies = new List<SuccessBodyInfo>();
        var emptyCodes = new List<int>();
        var offered = new List<IDictionary<string, IOpenApiMediaType>>();
        if (operation.Responses is null)
        {
            return (new SuccessResponseSpec(EquatableArray<int>.Empty, EquatableArray<int>.Empty, null, null), EquatableArray<ErrorResponseSpec>.Empty);
        }

        List<KeyValuePair<string, IOpenApiResponse>> responses = operation.Responses.Where(r => r.Value is not null).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();

        // With no 2xx response at all, "default" is the only description of a success: it is read as the success
        // body for 2xx statuses, and still thrown as the typed error for every other status.
        bool defaultIsSuccess = !responses.Any(r => SuccessCode(r.Key.ToUpperInvariant(), out _));
        foreach (KeyValuePair<string, IOpenApiResponse> response in responses)
        {
            string key = response.Key.ToUpperInvariant();
            string responsePointer = pointer + "/responses/" + JsonPointer.Escape(response.Key);
            bool isDefault = key == "DEFAULT";
            if (SuccessCode(key, out int? code) || (isDefault && defaultIsSuccess))
            {
                (ResponseBodyKind Kind, IOpenApiSchema? Schema, string MediaKey)? body = SuccessBody(response.Value.Content);
                if (body is null)
                {
                    if (code is { } emptyCode)
                    {
                        emptyCodes.Add(emptyCode);
                    }

                    continue;
                }

                offered.Add(response.Value.Content!);
                string schemaPointer = responsePointer + "/content/" + JsonPointer.Escape(body.Value.MediaKey) + "/schema";
                TypeRefSpec? type = body.Value.Kind == ResponseBodyKind.Json ? _catalog.Resolve(body.Value.Schema, baseName + "Response", schemaPointer) : null;
                bodies.Add(new SuccessBodyInfo(code, isDefault ? "default" : response.Key, body.Value.Kind, type, response.Value.Description, responsePointer));
                if (isDefault && type is not null)
                {
                    errors.Add(new ErrorResponseSpec("default", type, response.Value.Description));
                }

                continue;
            }

            string? jsonKey = response.Value.Content?.Where(e => e.Value?.Schema is not null).Select(e => e.Key).FirstOrDefault(k => MediaTypes.IsJson(MediaTypes.Essence(k)));
            if (jsonKey is not null && response.Value.Content![jsonKey]!.Schema is { } errorSchema)
            {
                // Keys are meant to be codes (404, 5XX, default); anything else must still make an identifier (and a hint name).
                string status = isDefault ? "Default" : key.All(char.IsLetterOrDigit) && key.All(c => c < 128) ? key : Identifiers.ToPascalCase(key, "Status");
                string schemaPointer = responsePointer + "/content/" + JsonPointer.Escape(jsonKey) + "/schema";
                errors.Add(new ErrorResponseSpec(isDefault ? "default" : key, _catalog.Resolve(errorSchema, baseName + status + "Error", schemaPointer), response.Value.Description));
            }
        }

        SuccessResponseSpec success = Combine(bodies, emptyCodes);
        return (success with { Accept = AcceptedMediaTypes.For(offered, success.BodyKind) }, errors.ToEquatableArray());
    }

    // A 2xx code, or the 2XX range (no single code).
    private static bool SuccessCode(string key, out int? code)
    {
        code = null;
        if (key == "2XX")
        {
            return true;
        }

        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed is >= 200 and < 300)
        {
            code = parsed;
            return true;
        }

        return false;
    }

    private SuccessResponseSpec Combine(List<SuccessBodyInfo> bodies, List<int> emptyCodes)
    {
        if (bodies.Count == 0)
        {
            return new SuccessResponseSpec(EquatableArray<int>.Empty, emptyCodes.ToEquatableArray(), null, null);
        }

        SuccessBodyInfo first = bodies[0];
        ResponseBodyKind kind = first.Kind;
        TypeRefSpec? type = first.Type;
        foreach (SuccessBodyInfo other in bodies.Skip(1))
        {
            if (other.Kind != kind)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SuccessBodiesDisagree, _locator.Locate(other.Pointer), other.Label, first.Label, "a Stream (the body unread, whatever its media type)"));
                kind = ResponseBodyKind.Stream;
                type = null;
            }
            else if (kind == ResponseBodyKind.Json && type is not null && !type.Equals(other.Type))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SuccessBodiesDisagree, _locator.Locate(other.Pointer), other.Label, first.Label, "a JsonElement"));
                type = TypeRefSpec.Any;
            }
        }

        var codes = bodies.Where(b => b.Code is not null).Select(b => b.Code!.Value).ToEquatableArray();
        return new SuccessResponseSpec(codes, emptyCodes.ToEquatableArray(), type, first.Description, kind);
    }

    private readonly record struct SuccessBodyInfo(int? Code, string Label, ResponseBodyKind Kind, TypeRefSpec? Type, string? Description, string Pointer);

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
