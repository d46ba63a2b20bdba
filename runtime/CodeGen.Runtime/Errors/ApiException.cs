using System;
using System.Collections.Generic;
using System.Net;

namespace CodeGen.Runtime.Errors;

/// <summary>
/// Thrown when the server answers with a status code the operation does not treat as success, or with a body
/// that cannot be read as the declared type.
/// </summary>
public class ApiException : Exception
{
    /// <summary>Creates an exception for a failed call.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="reasonPhrase">The reason phrase of the response, if any.</param>
    /// <param name="headers">The response and content headers.</param>
    /// <param name="body">The response body as text, cut at <see cref="MaxBodyLength"/> characters.</param>
    /// <param name="innerException">The cause, for example a JSON reading error.</param>
    public ApiException(
        string message,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        string? body,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
        Body = body is { Length: > MaxBodyLength } ? body.Substring(0, MaxBodyLength) : body;
        IsBodyTruncated = body is { Length: > MaxBodyLength };
        RetryAfter = RetryAfterHeader.Read(Headers);
    }

    /// <summary>The most characters of the response body that an exception keeps.</summary>
    public const int MaxBodyLength = 64 * 1024;

    /// <summary>The HTTP status code of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The reason phrase of the response, if the server sent one.</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The response headers, content headers included, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The response body as text, at most <see cref="MaxBodyLength"/> characters.</summary>
    public string? Body { get; }

    /// <summary>
    /// How long the server asked the caller to wait before trying again (the <c>Retry-After</c> header of a 429 or
    /// 503), or <see langword="null"/> when it did not say. Never negative.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether <see cref="Body"/> was cut to <see cref="MaxBodyLength"/> characters.</summary>
    public bool IsBodyTruncated { get; }
}
