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
using CodeGen.Generator.Parsing.Operations;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Parsing;

/// <summary>Turns each path operation into an <see cref="OperationSpec"/>: signature, body, responses and security.</summary>
internal sealed class OperationReader
{
    private static readonly string[] s_methodOrder = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE" };
    private static readonly string[] s_reservedLocals = { "requestBuilder", "httpRequest", "httpResponse", "cancellationToken", "multipartBody", "formBody", "responseHandedOver" };

    private readonly OpenApiDocument _document;
    private readonly SchemaCatalog _catalog;
    private readonly SourceLocator _locator;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private readonly NameScope _methodNames;
    private readonly RequestBodyReader _bodies;
    private readonly ResponseReader _responses;

    public OperationReader(OpenApiDocument document, SchemaCatalog catalog, SourceLocator locator, List<DiagnosticInfo> diagnostics, string clientName, CancellationToken cancellationToken)
    {
        _document = document;
        _catalog = catalog;
        _locator = locator;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
        _methodNames = new NameScope(new[] { clientName, "BaseAddress", "Equals", "GetHashCode", "ToString", "GetType" });
        _bodies = new RequestBodyReader(catalog, locator, diagnostics);
        _responses = new ResponseReader(catalog, locator, diagnostics);
    }

    /// <summary>The names taken on the main client, so sub-client properties can claim theirs without a clash.</summary>
    public NameScope MemberNames => _methodNames;

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
            if (ReadParameter(parameter, parameterPointer, baseName, parameterNames) is { } spec)
            {
                parameters.Add(spec);
            }
        }

        RequestBodySpec? body = null;
        if (operation.RequestBody is { } requestBody)
        {
            body = _bodies.Read(requestBody, baseName, pointer + "/requestBody", parameterNames);
        }

        (SuccessResponseSpec success, EquatableArray<ErrorResponseSpec> errors) = _responses.Read(operation, baseName, pointer);

        return new OperationSpec(
            methodName,
            method,
            pathTemplate,
            Documentation.For(operation.Summary, operation.Description, operation.Deprecated),
            OrderForSignature(parameters).ToEquatableArray(),
            body,
            success,
            errors,
            UsesBearer(operation),
            FirstTag(operation));
    }

    // A tag the document does not declare is still a name; a reference that names nothing is skipped.
    private static string? FirstTag(OpenApiOperation operation)
    {
        if (operation.Tags is null)
        {
            return null;
        }

        foreach (OpenApiTagReference? tag in operation.Tags)
        {
            string? name = tag?.Name ?? tag?.Reference?.Id;
            if (!string.IsNullOrWhiteSpace(name))
            {
                return name;
            }
        }

        return null;
    }

    private ParameterSpec? ReadParameter(IOpenApiParameter parameter, string parameterPointer, string baseName, NameScope parameterNames)
    {
        ParameterLocationKind? location = parameter.In switch
        {
            ParameterLocation.Path => ParameterLocationKind.Path,
            ParameterLocation.Query => ParameterLocationKind.Query,
            ParameterLocation.Header => ParameterLocationKind.Header,
            ParameterLocation.Cookie => ParameterLocationKind.Cookie,
            _ => null,
        };
        if (location is null || parameter.Name is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedConstruct, _locator.Locate(parameterPointer), $"The {parameter.In?.ToString().ToLowerInvariant() ?? "unnamed"} parameter '{parameter.Name}'", "it is left out of the method"));
            return null;
        }

        (IOpenApiSchema? schema, string schemaPointer, bool isJsonContent) = ParameterContent.SchemaOf(parameter, parameterPointer);
        TypeRefSpec type = _catalog.Resolve(schema, baseName + Identifiers.ToPascalCase(parameter.Name), schemaPointer);
        ParameterStyleKind defaultStyle = ParameterStyles.DefaultFor(location.Value);
        ParameterStyleKind style = isJsonContent ? defaultStyle : ParameterStyles.From(parameter.Style) ?? defaultStyle;
        bool explode = isJsonContent ? style == ParameterStyleKind.Form : parameter.Explode;
        if (!isJsonContent && !ParameterStyles.IsDefined(style, location.Value, type))
        {
            string shape = type.Kind switch
            {
                TypeKind.Array => "an array",
                TypeKind.Object or TypeKind.Map => "an object",
                _ => "a primitive",
            };
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParameterStyleNotDefined, _locator.Locate(parameterPointer), StyleName(style), $"{shape} {location.Value.ToString().ToLowerInvariant()} parameter", StyleName(defaultStyle)));
            style = defaultStyle;
            explode = style == ParameterStyleKind.Form;
        }

        return new ParameterSpec(
            parameterNames.Claim(Identifiers.ToCamelCase(parameter.Name)),
            parameter.Name,
            location.Value,
            type,
            parameter.Required || location == ParameterLocationKind.Path,
            Documentation.For(null, parameter.Description, parameter.Deprecated),
            style,
            explode,
            parameter.AllowReserved && location == ParameterLocationKind.Query,
            Constraints.ConstraintReader.Read(schema, schemaPointer, _locator, _diagnostics),
            isJsonContent);
    }

    private static string StyleName(ParameterStyleKind style)
    {
        string name = style.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
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

    private static int MethodRank(string method)
    {
        int index = Array.IndexOf(s_methodOrder, method.ToUpperInvariant());
        return index < 0 ? s_methodOrder.Length : index;
    }
}
