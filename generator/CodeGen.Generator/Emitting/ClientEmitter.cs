using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>
/// Writes the client: one async method per operation that builds the request, sends it through the injected
/// <c>HttpClient</c>, returns the typed success body and throws an <c>ApiException</c> for anything else.
/// </summary>
internal static class ClientEmitter
{
    public static string Emit(ApiSpec spec)
        => GeneratedFileLayout.Write(spec.Namespace, writer =>
        {
            ClientSpec client = spec.Client;
            string ns = spec.Namespace;
            string options = CSharpTypeNames.Qualified(client.Name + "Options", ns);
            var adHocConverters = new AdHocConverters(ns);

            string summary = client.Title is null ? "A client for the OpenAPI document." : $"A client for {XmlDocs.Escape(client.Title)}{(client.Version is null ? string.Empty : " " + XmlDocs.Escape(client.Version))}.";
            XmlDocs.WriteTag(writer, "summary", summary);
            XmlDocs.WriteTag(writer, "remarks", client.Description is null ? null : XmlDocs.Escape(client.Description.Trim()));
            using (writer.Block($"public sealed partial class {client.Name}"))
            {
                writer.WriteLine($"private readonly {KnownTypes.ApiConnection} _connection;");
                writer.WriteLine();
                if (client.DefaultServerUrl is { } server)
                {
                    writer.WriteLine($"/// <summary>The first server of the OpenAPI document: <c>{XmlDocs.Escape(server)}</c>.</summary>");
                    writer.WriteLine($"public static {KnownTypes.Uri} DefaultBaseAddress {{ get; }} = new {KnownTypes.Uri}({CSharpLiteral.Quote(server)});");
                }
                else
                {
                    writer.WriteLine("/// <summary>The OpenAPI document names no absolute server, so one must be configured.</summary>");
                    writer.WriteLine($"public static {KnownTypes.Uri}? DefaultBaseAddress => null;");
                }

                writer.WriteLine($$"""

                    /// <summary>Creates a client with default options.</summary>
                    /// <param name="httpClient">Sends the requests; its lifetime belongs to the caller.</param>
                    public {{client.Name}}({{KnownTypes.HttpClient}} httpClient)
                        : this(httpClient, new {{options}}())
                    {
                    }

                    /// <summary>Creates a client.</summary>
                    /// <param name="httpClient">Sends the requests; its lifetime belongs to the caller.</param>
                    /// <param name="options">The server, credentials and limits.</param>
                    public {{client.Name}}({{KnownTypes.HttpClient}} httpClient, {{options}} options)
                    {
                        _connection = new {{KnownTypes.ApiConnection}}(httpClient, options, DefaultBaseAddress, {{CSharpLiteral.Quote(string.IsNullOrEmpty(ns) ? client.Name : ns + "." + client.Name)}});
                    }

                    /// <summary>The server every request goes to.</summary>
                    public {{KnownTypes.Uri}} BaseAddress => _connection.BaseAddress;
                    """);

                foreach (OperationSpec operation in client.Operations)
                {
                    writer.WriteLine();
                    WriteOperation(writer, operation, ns, adHocConverters);
                }

                adHocConverters.WriteAll(writer);
            }
        }, GeneratedFileLayout.AllowObsoleteUse);

    private static void WriteOperation(SourceWriter writer, OperationSpec operation, string ns, AdHocConverters converters)
    {
        SuccessResponseSpec success = operation.Success;
        bool mayReturnNothing = success.Type is not null && success.EmptyStatusCodes.Count > 0;
        string resultType = success.Type is null ? string.Empty : CSharpTypeNames.Of(success.Type, ns, mayReturnNothing);
        string returnType = success.Type is null ? KnownTypes.Task : $"{KnownTypes.Task}<{resultType}>";

        WriteDocs(writer, operation, ns);
        XmlDocs.WriteObsolete(writer, operation.Documentation);

        var signature = new List<string>();
        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.IsRequired))
        {
            signature.Add($"{CSharpTypeNames.Of(parameter.Type, ns)} {parameter.Name}");
        }

        if (operation.Body is { IsRequired: true } requiredBody)
        {
            signature.Add($"{CSharpTypeNames.Of(requiredBody.Type, ns)} {requiredBody.ParameterName}");
        }

        if (operation.Body is { IsRequired: false } optionalBody)
        {
            signature.Add($"{CSharpTypeNames.Of(optionalBody.Type, ns, nullable: true)} {optionalBody.ParameterName} = null");
        }

        foreach (ParameterSpec parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            signature.Add($"{CSharpTypeNames.Of(parameter.Type, ns, nullable: true)} {parameter.Name} = null");
        }

        signature.Add($"{KnownTypes.CancellationToken} cancellationToken = default");

        using (writer.Block($"public async {returnType} {operation.MethodName}({string.Join(", ", signature)})"))
        {
            WriteArgumentChecks(writer, operation);
            Validation.RequestValidationHook.Write(writer, operation);
            writer.WriteLine($"var requestBuilder = new {KnownTypes.ApiRequestBuilder}({HttpMethodExpression(operation.HttpMethod)}, {CSharpLiteral.Quote(operation.PathTemplate)});");
            foreach (ParameterSpec parameter in operation.Parameters)
            {
                WriteParameter(writer, parameter);
            }

            if (operation.Body is { } body)
            {
                // An optional body of a value type (an integer, a JsonElement) is a Nullable<T> in the signature: pass its value.
                string argument = !body.IsRequired && body.Type.IsValueType ? body.ParameterName + ".Value" : body.ParameterName;
                string content = $"{KnownTypes.JsonRequestContent}.Create({argument}, {converters.For(body.Type)}.Instance)";
                if (body.IsRequired)
                {
                    writer.WriteLine($"requestBuilder.WithContent({content});");
                }
                else
                {
                    using (writer.Block($"if ({body.ParameterName} is not null)"))
                    {
                        writer.WriteLine($"requestBuilder.WithContent({content});");
                    }
                }
            }

            writer.WriteLine();
            writer.WriteLine($"using {KnownTypes.HttpRequestMessage} httpRequest = requestBuilder.Build(_connection.BaseAddress);");
            writer.WriteLine($"using {KnownTypes.HttpResponseMessage} httpResponse = await _connection.SendAsync(httpRequest, {CSharpLiteral.Quote(operation.MethodName)}, {CSharpLiteral.Quote(operation.PathTemplate)}, useBearerToken: {(operation.UsesBearerToken ? "true" : "false")}, cancellationToken).ConfigureAwait(false);");
            using (writer.Block("switch ((int)httpResponse.StatusCode)"))
            {
                WriteSuccessCases(writer, operation, converters);
                WriteErrorCases(writer, operation, converters);
            }
        }
    }

    private static void WriteSuccessCases(SourceWriter writer, OperationSpec operation, AdHocConverters converters)
    {
        SuccessResponseSpec success = operation.Success;
        foreach (int code in success.EmptyStatusCodes)
        {
            writer.WriteLine($"case {code.ToString(CultureInfo.InvariantCulture)}:");
        }

        if (success.EmptyStatusCodes.Count > 0)
        {
            writer.Indentation++;
            writer.WriteLine(success.Type is null ? "return;" : "return null;");
            writer.Indentation--;
        }

        // The document lists the typed codes; a 2xx it does not list still succeeded, so it is read the same way
        // rather than failing a call that worked.
        if (success.StatusCodes.Count > 0)
        {
            writer.WriteLine($"// Documented: {string.Join(", ", success.StatusCodes.Select(c => c.ToString(CultureInfo.InvariantCulture)))}.");
        }

        writer.WriteLine("case >= 200 and < 300:");
        writer.Indentation++;
        writer.WriteLine(success.Type is null
            ? "return;"
            : $"return await _connection.ReadSuccessAsync(httpResponse, {CSharpLiteral.Quote(operation.MethodName)}, {CSharpLiteral.Quote(operation.PathTemplate)}, {converters.For(success.Type)}.Instance, cancellationToken).ConfigureAwait(false);");
        writer.Indentation--;
    }

    private static void WriteErrorCases(SourceWriter writer, OperationSpec operation, AdHocConverters converters)
    {
        IEnumerable<ErrorResponseSpec> ordered = operation.Errors
            .Where(e => e.StatusPattern != "default" && !e.StatusPattern.EndsWith("XX", System.StringComparison.Ordinal))
            .Concat(operation.Errors.Where(e => e.StatusPattern.EndsWith("XX", System.StringComparison.Ordinal)));
        foreach (IGrouping<TypeRefSpec, ErrorResponseSpec> group in ordered.GroupBy(e => e.Type))
        {
            foreach (ErrorResponseSpec error in group)
            {
                writer.WriteLine(CaseLabel(error.StatusPattern));
            }

            writer.Indentation++;
            writer.WriteLine($"throw await {KnownTypes.ApiResponseReader}.CreateExceptionAsync(httpResponse, {converters.For(group.Key)}.Instance, _connection.MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);");
            writer.Indentation--;
        }

        writer.WriteLine("default:");
        writer.Indentation++;
        ErrorResponseSpec? fallback = operation.Errors.FirstOrDefault(e => e.StatusPattern == "default");
        writer.WriteLine(fallback is null
            ? $"throw await {KnownTypes.ApiResponseReader}.CreateExceptionAsync(httpResponse, _connection.MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);"
            : $"throw await {KnownTypes.ApiResponseReader}.CreateExceptionAsync(httpResponse, {converters.For(fallback.Type)}.Instance, _connection.MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);");
        writer.Indentation--;
    }

    private static string CaseLabel(string statusPattern)
    {
        if (statusPattern.Length == 3 && statusPattern.EndsWith("XX", System.StringComparison.Ordinal))
        {
            int hundreds = (statusPattern[0] - '0') * 100;
            return $"case >= {hundreds.ToString(CultureInfo.InvariantCulture)} and < {(hundreds + 100).ToString(CultureInfo.InvariantCulture)}:";
        }

        return $"case {statusPattern}:";
    }

    private static void WriteArgumentChecks(SourceWriter writer, OperationSpec operation)
    {
        var checkedNames = new List<string>();
        checkedNames.AddRange(operation.Parameters.Where(p => p.IsRequired && !p.Type.IsValueType).Select(p => p.Name));
        if (operation.Body is { IsRequired: true } body && !body.Type.IsValueType)
        {
            checkedNames.Add(body.ParameterName);
        }

        foreach (string name in checkedNames)
        {
            using (writer.Block($"if ({name} is null)"))
            {
                writer.WriteLine($"throw new {KnownTypes.ArgumentNullException}(nameof({name}));");
            }

            writer.WriteLine();
        }
    }

    private static void WriteParameter(SourceWriter writer, ParameterSpec parameter)
    {
        string wireName = CSharpLiteral.Quote(parameter.WireName);
        string method = parameter.Location switch
        {
            ParameterLocationKind.Path => "WithPathParameter",
            ParameterLocationKind.Query => "WithQueryParameter",
            _ => "WithHeader",
        };

        if (parameter.Type.Kind == TypeKind.Array && parameter.Location == ParameterLocationKind.Query)
        {
            // form style, explode=true (the OpenAPI default): ?tag=a&tag=b
            string guard = parameter.IsRequired ? string.Empty : $"if ({parameter.Name} is not null) ";
            writer.WriteLine($"{guard}foreach (var item in {parameter.Name}) requestBuilder.{method}({wireName}, {Format(parameter.Type.Element!, "item")});");
            return;
        }

        if (parameter.Type.Kind == TypeKind.Array)
        {
            // simple style: comma-separated
            string guard = parameter.IsRequired ? string.Empty : $"if ({parameter.Name} is not null) ";
            writer.WriteLine($"{guard}requestBuilder.{method}({wireName}, string.Join(\",\", global::System.Linq.Enumerable.Select({parameter.Name}, item => {Format(parameter.Type.Element!, "item")})));");
            return;
        }

        if (parameter.IsRequired)
        {
            writer.WriteLine($"requestBuilder.{method}({wireName}, {Format(parameter.Type, parameter.Name)});");
        }
        else
        {
            string present = parameter.Name.TrimStart('@') + "Value";
            writer.WriteLine($"requestBuilder.{method}({wireName}, {parameter.Name} is {{ }} {present} ? {Format(parameter.Type, present)} : null);");
        }
    }

    private static string Format(TypeRefSpec type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Enum => value + ".Value",
        TypeKind.Any => value + ".GetRawText()",
        TypeKind.Bytes => $"global::System.Convert.ToBase64String({value})",
        TypeKind.IntegerEnum => $"{KnownTypes.ParameterFormatter}.Format({value}.Value)",
        TypeKind.Uri => $"{KnownTypes.JsonFormats}.FormatUri({value})",
        TypeKind.Duration => $"{KnownTypes.JsonFormats}.FormatDuration({value})",
        TypeKind.Object or TypeKind.Union or TypeKind.Array or TypeKind.Map => value + ".ToString()",
        _ => $"{KnownTypes.ParameterFormatter}.Format({value})",
    };

    private static string HttpMethodExpression(string method) => method switch
    {
        "GET" => KnownTypes.HttpMethod + ".Get",
        "POST" => KnownTypes.HttpMethod + ".Post",
        "PUT" => KnownTypes.HttpMethod + ".Put",
        "DELETE" => KnownTypes.HttpMethod + ".Delete",
        "HEAD" => KnownTypes.HttpMethod + ".Head",
        "OPTIONS" => KnownTypes.HttpMethod + ".Options",
        "TRACE" => KnownTypes.HttpMethod + ".Trace",
        _ => $"new {KnownTypes.HttpMethod}({CSharpLiteral.Quote(method)})",
    };

    private static void WriteDocs(SourceWriter writer, OperationSpec operation, string ns)
    {
        DocumentationSpec docs = operation.Documentation;
        XmlDocs.WriteTag(writer, "summary", XmlDocs.Escape(docs.Summary ?? docs.Description ?? $"{operation.HttpMethod} {operation.PathTemplate}"));
        if (docs.Summary is not null && docs.Description is not null)
        {
            XmlDocs.WriteTag(writer, "remarks", XmlDocs.Escape(docs.Description));
        }

        foreach (ParameterSpec parameter in operation.Parameters.Where(p => p.IsRequired))
        {
            WriteParamDoc(writer, parameter);
        }

        if (operation.Body is { } body)
        {
            XmlDocs.WriteTag(writer, "param", XmlDocs.Escape(body.Description ?? "The request body."), $"name=\"{body.ParameterName}\"");
        }

        foreach (ParameterSpec parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            WriteParamDoc(writer, parameter);
        }

        XmlDocs.WriteTag(writer, "param", "Cancels the call.", "name=\"cancellationToken\"");
        if (operation.Success.Type is not null)
        {
            XmlDocs.WriteTag(writer, "returns", XmlDocs.Escape(operation.Success.Description ?? "The response body."));
        }

        string errors = operation.Errors.Count == 0
            ? "The server answered with a status that is not a success."
            : "The server answered with a status that is not a success; for the statuses the document declares, it is an <c>ApiException&lt;TError&gt;</c> carrying the typed error body.";
        XmlDocs.WriteTag(writer, "exception", errors, $"cref=\"{KnownTypes.ApiException}\"");
    }

    private static void WriteParamDoc(SourceWriter writer, ParameterSpec parameter)
    {
        string where = parameter.Location.ToString().ToLowerInvariant();
        string text = parameter.Documentation.Description is { } description
            ? XmlDocs.Escape(description)
            : $"The <c>{XmlDocs.Escape(parameter.WireName)}</c> {where} parameter.";
        XmlDocs.WriteTag(writer, "param", text, $"name=\"{parameter.Name.TrimStart('@')}\"");
    }
}
