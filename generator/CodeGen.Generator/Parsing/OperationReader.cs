using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Naming;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>Turns each path operation into an <see cref="OperationSpec"/>: signature, body, responses and security.</summary>
internal sealed class OperationReader
{
    private static readonly string[] s_methodOrder = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE" };
    private static readonly string[] s_reservedLocals = { "requestBuilder", "httpRequest", "httpResponse", "cancellationToken" };

    private readonly OpenApiDocument _document;
    private readonly SchemaCatalog _catalog;
    private readonly SourceLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly NameScope _methodNames;

    public OperationReader(OpenApiDocument document, SchemaCatalog catalog, SourceLocator locator, List<DiagnosticInfo> diagnostics, string clientName, CancellationToken cancellationToken)
    {
        _document = document;
        _catalog = catalog;
        _locator = locator;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        _methodNames = new NameScope(new[] { clientName, "BaseAddress", "Equals", "GetHashCode", "ToString", "GetType" });
    }

    public EquatableArray<OperationSpec> ReadAll()
    {
        var operations = new List<OperationSpec>();
        if (_document.Paths is null)
        {
            return EquatableArray<OperationSpec>.Empty;
        }

        foreach (KeyValuePair<string, IOpenApiPathItem> path in _document.Paths)
        {
            if (path.Value?.Operations is null)
            {
                continue;
            }

            foreach (KeyValuePair<HttpMethod, OpenApiOperation> entry in path.Value.Operations.Where(o => o.Value is not null).OrderBy(o => MethodRank(o.Key.Method)))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                string method = entry.Key.Method.ToUpperInvariant();
                string pointer = "#/paths/" + JsonPointer.Escape(path.Key) + "/" + method.ToLowerInvariant();
                try
                {
                    if (Read(path.Key, path.Value, method, entry.Value, pointer) is { } operation)
                    {
                        operations.Add(operation);
                    }
                }
                catch (Exception exception) when (ReaderRefusal.IsFrom(exception))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentError, _locator.Locate(pointer), ReaderRefusal.Message(exception, "the operation is left out")));
                }
            }
        }

        return operations.ToEquatableArray();
    }

    private OperationSpec? Read(string pathTemplate, IOpenApiPathItem pathItem, string method, OpenApiOperation operation, string pointer)
    {
        string baseName = Identifiers.ToPascalCase(operation.OperationId ?? (method.ToLowerInvariant() + " " + pathTemplate.Replace("{", " by ").Replace("}", " ")), "Operation");
        string methodName = _methodNames.Claim(baseName + "Async");
        var parameterNames = new NameScope(s_reservedLocals);

        var parameters = new List<ParameterSpec>();
        foreach ((IOpenApiParameter parameter, string parameterPointer) in MergeParameters(pathItem, operation, pointer))
        {
            ParameterLocationKind? location = parameter.In switch
            {
                ParameterLocation.Path => ParameterLocationKind.Path,
                ParameterLocation.Query => ParameterLocationKind.Query,
                ParameterLocation.Header => ParameterLocationKind.Header,
                _ => null,
            };
            if (location is null || parameter.Name is null)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, _locator.Locate(parameterPointer), $"The {parameter.In?.ToString().ToLowerInvariant() ?? "unnamed"} parameter '{parameter.Name}'", "it is left out of the method"));
                continue;
            }

            TypeRefSpec type = _catalog.Resolve(parameter.Schema, baseName + Identifiers.ToPascalCase(parameter.Name), parameterPointer + "/schema");
            parameters.Add(new ParameterSpec(
                parameterNames.Claim(Identifiers.ToCamelCase(parameter.Name)),
                parameter.Name,
                location.Value,
                type,
                parameter.Required || location == ParameterLocationKind.Path,
                Documentation.For(null, parameter.Description, parameter.Deprecated),
                Constraints.ConstraintReader.Read(parameter.Schema, parameterPointer + "/schema", _locator, _diagnostics)));
        }

        RequestBodySpec? body = null;
        if (operation.RequestBody is { } requestBody)
        {
            IOpenApiMediaType? json = JsonMediaType(requestBody.Content);
            if (json is null)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, _locator.Locate(pointer + "/requestBody"), $"A request body without a JSON media type ({string.Join(", ", requestBody.Content?.Keys ?? Array.Empty<string>())})", $"the operation '{operation.OperationId ?? pathTemplate}' is left out"));
                return null;
            }

            TypeRefSpec bodyType = _catalog.Resolve(json.Schema, baseName + "Request", pointer + "/requestBody/content/" + JsonPointer.Escape(JsonMediaTypeKey(requestBody.Content)!) + "/schema");
            body = new RequestBodySpec(parameterNames.Claim("body"), bodyType, requestBody.Required, requestBody.Description);
        }

        (SuccessResponseSpec success, EquatableArray<ErrorResponseSpec> errors) = ReadResponses(operation, baseName, pointer);

        return new OperationSpec(
            methodName,
            method,
            pathTemplate,
            Documentation.For(operation.Summary, operation.Description, operation.Deprecated),
            OrderForSignature(parameters).ToEquatableArray(),
            body,
            success,
            errors,
            UsesBearer(operation));
    }

    private static IEnumerable<ParameterSpec> OrderForSignature(List<ParameterSpec> parameters)
        => parameters.Where(p => p.IsRequired).Concat(parameters.Where(p => !p.IsRequired));

    private IEnumerable<(IOpenApiParameter Parameter, string Pointer)> MergeParameters(IOpenApiPathItem pathItem, OpenApiOperation operation, string operationPointer)
    {
        var merged = new List<(IOpenApiParameter, string)>();
        string pathPointer = operationPointer.Substring(0, operationPointer.LastIndexOf('/'));
        if (pathItem.Parameters is not null)
        {
            for (int i = 0; i < pathItem.Parameters.Count; i++)
            {
                if (pathItem.Parameters[i] is null)
                {
                    continue;
                }

                merged.Add((pathItem.Parameters[i], pathPointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (operation.Parameters is not null)
        {
            for (int i = 0; i < operation.Parameters.Count; i++)
            {
                if (operation.Parameters[i] is not { } parameter)
                {
                    continue;
                }

                merged.RemoveAll(p => p.Item1.Name == parameter.Name && p.Item1.In == parameter.In);
                merged.Add((parameter, operationPointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return merged;
    }

    private (SuccessResponseSpec, EquatableArray<ErrorResponseSpec>) ReadResponses(OpenApiOperation operation, string baseName, string pointer)
    {
        var typedCodes = new List<int>();
        var emptyCodes = new List<int>();
        TypeRefSpec? successType = null;
        string? successDescription = null;
        var errors = new List<ErrorResponseSpec>();
        if (operation.Responses is null)
        {
            return (new SuccessResponseSpec(EquatableArray<int>.Empty, EquatableArray<int>.Empty, null, null), EquatableArray<ErrorResponseSpec>.Empty);
        }

        foreach (KeyValuePair<string, IOpenApiResponse> response in operation.Responses.Where(r => r.Value is not null).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            string key = response.Key.ToUpperInvariant();
            IOpenApiMediaType? json = JsonMediaType(response.Value.Content);
            string schemaPointer = pointer + "/responses/" + JsonPointer.Escape(response.Key) + "/content/" + JsonPointer.Escape(JsonMediaTypeKey(response.Value.Content) ?? string.Empty) + "/schema";
            bool isSuccess = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code is >= 200 and < 300;
            if (isSuccess)
            {
                if (json?.Schema is null)
                {
                    emptyCodes.Add(code);
                    continue;
                }

                TypeRefSpec type = _catalog.Resolve(json.Schema, baseName + "Response", schemaPointer);
                if (successType is null)
                {
                    successType = type;
                    successDescription = response.Value.Description;
                    typedCodes.Add(code);
                }
                else if (successType.Equals(type))
                {
                    typedCodes.Add(code);
                }
                else
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, _locator.Locate(pointer + "/responses/" + JsonPointer.Escape(response.Key)), $"A second success response type (HTTP {code})", "that status is reported as an ApiException"));
                }

                continue;
            }

            if (key == "2XX")
            {
                continue;
            }

            if (json?.Schema is not null)
            {
                // Keys are meant to be codes (404, 5XX, default); anything else must still make an identifier (and a hint name).
                string status = key == "DEFAULT" ? "Default" : key.All(char.IsLetterOrDigit) && key.All(c => c < 128) ? key : Identifiers.ToPascalCase(key, "Status");
                string errorName = baseName + status + "Error";
                errors.Add(new ErrorResponseSpec(key == "DEFAULT" ? "default" : key, _catalog.Resolve(json.Schema, errorName, schemaPointer), response.Value.Description));
            }
        }

        var success = new SuccessResponseSpec(typedCodes.ToEquatableArray(), emptyCodes.ToEquatableArray(), successType, successDescription);
        return (success, errors.ToEquatableArray());
    }

    private bool UsesBearer(OpenApiOperation operation)
    {
        IList<OpenApiSecurityRequirement>? requirements = operation.Security ?? _document.Security;
        if (requirements is null)
        {
            return false;
        }

        foreach (OpenApiSecurityRequirement requirement in requirements)
        {
            foreach (OpenApiSecuritySchemeReference scheme in requirement.Keys)
            {
                if (scheme.Type == SecuritySchemeType.Http && string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (scheme.Type is SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IOpenApiMediaType? JsonMediaType(IDictionary<string, IOpenApiMediaType>? content)
        => JsonMediaTypeKey(content) is { } key ? content![key] : null;

    private static string? JsonMediaTypeKey(IDictionary<string, IOpenApiMediaType>? content)
    {
        if (content is null)
        {
            return null;
        }

        foreach (string key in content.Keys)
        {
            string mediaType = key.Split(';')[0].Trim();
            if (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("*/*", StringComparison.Ordinal))
            {
                return key;
            }
        }

        return null;
    }

    private static int MethodRank(string method)
    {
        int index = Array.IndexOf(s_methodOrder, method.ToUpperInvariant());
        return index < 0 ? s_methodOrder.Length : index;
    }
}
