using System;
using System.Collections.Generic;
using System.Net;

namespace CodeGen.Runtime.Errors;

/// <summary>
/// An <see cref="ApiException"/> whose body was read as the error type the OpenAPI document declares for the
/// response's status code (or for <c>default</c>).
/// </summary>
/// <typeparam name="TError">The declared error payload type.</typeparam>
public class ApiException<TError> : ApiException
{
    /// <summary>Creates an exception that carries the typed error payload.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="reasonPhrase">The reason phrase of the response, if any.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="body">The response body as text.</param>
    /// <param name="error">The body read as <typeparamref name="TError"/>.</param>
    public ApiException(
        string message,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string? body,
        TError error)
        : base(message, statusCode, reasonPhrase, headers, body)
    {
        Error = error;
    }

    /// <summary>The error payload the server sent.</summary>
    public TError Error { get; }
}
