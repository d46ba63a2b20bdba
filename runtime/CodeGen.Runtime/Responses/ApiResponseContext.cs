using System;
using System.Net;
using System.Net.Http.Headers;

namespace CodeGen.Runtime.Responses;

/// <summary>A successfully read answer, as an <see cref="IApiResponseInspector"/> sees it.</summary>
public sealed class ApiResponseContext
{
    /// <summary>Creates the context for one answer.</summary>
    /// <param name="operationName">The generated method's name, e.g. <c>CreateTaskAsync</c>.</param>
    /// <param name="pathTemplate">The operation's path as the OpenAPI document writes it.</param>
    /// <param name="statusCode">The HTTP status, a 2xx.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="body">The typed body the generated converter read; <see langword="null"/> for an empty answer.</param>
    public ApiResponseContext(string operationName, string pathTemplate, HttpStatusCode statusCode, HttpResponseHeaders headers, object? body)
    {
        OperationName = operationName ?? throw new ArgumentNullException(nameof(operationName));
        PathTemplate = pathTemplate ?? throw new ArgumentNullException(nameof(pathTemplate));
        StatusCode = statusCode;
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
        Body = body;
    }

    /// <summary>The generated method's name, e.g. <c>CreateTaskAsync</c>; stable across regenerations.</summary>
    public string OperationName { get; }

    /// <summary>The operation's path as the OpenAPI document writes it, e.g. <c>/tasks/{id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response headers (request ids, rate-limit counters, ...).</summary>
    public HttpResponseHeaders Headers { get; }

    /// <summary>The typed body; match it against the generated types, e.g. <c>response.Body is CreateTaskResponse created</c>.</summary>
    public object? Body { get; }
}
