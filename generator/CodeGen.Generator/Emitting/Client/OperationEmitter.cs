using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting.Client;

/// <summary>
/// Writes one operation's method: argument checks, the request (parameters, then body), the send, then the
/// status switch. Each step is one call here, so a hook (validation, logging) is a one-line addition.
/// </summary>
internal static class OperationEmitter
{
    public static void Write(SourceWriter writer, OperationSpec operation, string ns, AdHocConverters converters, Validation.ValidatedRecords validatedRecords)
    {
        SuccessResponseSpec success = operation.Success;
        string? resultType = ResponseEmitter.ResultType(success, ns);
        string returnType = resultType is null ? KnownTypes.Task : $"{KnownTypes.Task}<{resultType}>";

        WriteDocs(writer, operation);
        XmlDocs.WriteObsolete(writer, operation.Documentation);

        var signature = new List<string>();
        signature.AddRange(operation.Parameters.Where(p => p.IsRequired).Select(p => $"{CSharpTypeNames.Of(p.Type, ns)} {p.Name}"));
        if (operation.Body is { } requiredBody)
        {
            signature.AddRange(RequestBodyEmitter.Signature(requiredBody, ns, required: true));
        }

        if (operation.Body is { } optionalBody)
        {
            signature.AddRange(RequestBodyEmitter.Signature(optionalBody, ns, required: false));
        }

        signature.AddRange(operation.Parameters.Where(p => !p.IsRequired).Select(p => $"{CSharpTypeNames.Of(p.Type, ns, nullable: true)} {p.Name} = null"));
        signature.Add($"{KnownTypes.CancellationToken} cancellationToken = default");

        using (writer.Block($"public async {returnType} {operation.MethodName}({string.Join(", ", signature)})"))
        {
            WriteArgumentChecks(writer, operation);
            Validation.RequestValidationHook.Write(writer, operation, validatedRecords);
            writer.WriteLine($"var requestBuilder = new {KnownTypes.ApiRequestBuilder}({HttpMethodExpression(operation.HttpMethod)}, {CSharpLiteral.Quote(operation.PathTemplate)});");
            foreach (ParameterSpec parameter in operation.Parameters)
            {
                ParameterEmitter.Write(writer, parameter, converters);
            }

            if (success.Accept.Count > 0)
            {
                writer.WriteLine($"requestBuilder.WithHeader(\"Accept\", {CSharpLiteral.Quote(string.Join(", ", success.Accept))});");
            }

            if (operation.Body is { } body)
            {
                RequestBodyEmitter.Write(writer, body, converters);
            }

            writer.WriteLine();
            writer.WriteLine($"using {KnownTypes.HttpRequestMessage} httpRequest = requestBuilder.Build(_connection.BaseAddress);");
            string send = $"await _connection.SendAsync(httpRequest, {CSharpLiteral.Quote(operation.MethodName)}, {CSharpLiteral.Quote(operation.PathTemplate)}, useBearerToken: {(operation.UsesBearerToken ? "true" : "false")}, cancellationToken).ConfigureAwait(false);";
            if (success.BodyKind != ResponseBodyKind.Stream)
            {
                writer.WriteLine($"using {KnownTypes.HttpResponseMessage} httpResponse = {send}");
                WriteStatusSwitch(writer, operation, converters);
                return;
            }

            // A download hands the response to the stream it returns, so it is disposed here only when it is not.
            writer.WriteLine($"{KnownTypes.HttpResponseMessage} httpResponse = {send}");
            writer.WriteLine("bool responseHandedOver = false;");
            using (writer.Block("try"))
            {
                WriteStatusSwitch(writer, operation, converters);
            }

            using (writer.Block("finally"))
            {
                using (writer.Block("if (!responseHandedOver)"))
                {
                    writer.WriteLine("httpResponse.Dispose();");
                }
            }
        }
    }

    private static void WriteStatusSwitch(SourceWriter writer, OperationSpec operation, AdHocConverters converters)
    {
        using (writer.Block("switch ((int)httpResponse.StatusCode)"))
        {
            ResponseEmitter.WriteSuccessCases(writer, operation, converters);
            ResponseEmitter.WriteErrorCases(writer, operation, converters);
        }
    }

    private static void WriteArgumentChecks(SourceWriter writer, OperationSpec operation)
    {
        var checkedNames = new List<string>();
        checkedNames.AddRange(operation.Parameters.Where(p => p.IsRequired && !p.Type.IsValueType).Select(p => p.Name));
        if (operation.Body is { } body)
        {
            checkedNames.AddRange(RequestBodyEmitter.RequiredReferences(body));
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

    private static void WriteDocs(SourceWriter writer, OperationSpec operation)
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
            RequestBodyEmitter.WriteDocs(writer, body, required: true);
            RequestBodyEmitter.WriteDocs(writer, body, required: false);
        }

        foreach (ParameterSpec parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            WriteParamDoc(writer, parameter);
        }

        XmlDocs.WriteTag(writer, "param", "Cancels the call.", "name=\"cancellationToken\"");
        SuccessResponseSpec success = operation.Success;
        string? returns = success.BodyKind switch
        {
            ResponseBodyKind.Stream => "The response body as a stream, not yet read; dispose it to release the connection.",
            ResponseBodyKind.Text => success.Description is null ? "The response body as text." : XmlDocs.Escape(success.Description),
            _ => success.Type is null ? null : XmlDocs.Escape(success.Description ?? "The response body."),
        };
        if (returns is not null)
        {
            XmlDocs.WriteTag(writer, "returns", returns);
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
