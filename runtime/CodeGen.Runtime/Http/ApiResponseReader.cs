using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Errors;
using CodeGen.Runtime.Json;

namespace CodeGen.Runtime.Http;

/// <summary>Reads response bodies for generated clients and turns failures into <see cref="ApiException"/>s.</summary>
public static partial class ApiResponseReader
{
    /// <summary>Reads the body as JSON of type <typeparamref name="T"/>.</summary>
    /// <param name="response">The response.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    /// <param name="maxBodyBytes">The largest body to accept.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ApiException">The body is too large or is not valid JSON for <typeparamref name="T"/>.</exception>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonConverter<T> converter, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        byte[] buffer = await ReadBodyAsync(response, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return ApiJson.Deserialize(buffer, converter);
        }
        catch (JsonException exception)
        {
            throw new ApiException(
                $"The response to {Describe(response)} could not be read as {typeof(T).Name}{ContentTypeNote(response)}: {exception.Message}",
                response.StatusCode,
                response.ReasonPhrase,
                CollectHeaders(response),
                DecodeBody(buffer),
                exception);
        }
    }

    /// <summary>
    /// Creates the exception for a status the operation does not treat as success, with the body read as the
    /// error type the document declares for it. If the body does not match that type, the plain
    /// <see cref="ApiException"/> is returned, still carrying the raw body.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="errorConverter">The generated converter for the declared error type.</param>
    /// <param name="maxBodyBytes">The largest body to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ApiException> CreateExceptionAsync<TError>(HttpResponseMessage response, JsonConverter<TError> errorConverter, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        byte[] body = await ReadBodyForErrorAsync(response, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        string message = FailureMessage(response);
        try
        {
            TError error = ApiJson.Deserialize(body, errorConverter);
            return new ApiException<TError>(message, response.StatusCode, response.ReasonPhrase, CollectHeaders(response), DecodeBody(body), error);
        }
        catch (JsonException exception)
        {
            return new ApiException(message, response.StatusCode, response.ReasonPhrase, CollectHeaders(response), DecodeBody(body), exception);
        }
    }

    /// <summary>Creates the exception for a status the operation does not treat as success and declares no error type for.</summary>
    /// <param name="response">The response.</param>
    /// <param name="maxBodyBytes">The largest body to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ApiException> CreateExceptionAsync(HttpResponseMessage response, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        byte[] body = await ReadBodyForErrorAsync(response, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        return new ApiException(FailureMessage(response), response.StatusCode, response.ReasonPhrase, CollectHeaders(response), DecodeBody(body));
    }

    private static async Task<byte[]> ReadBodyForErrorAsync(HttpResponseMessage response, int maxBodyBytes, CancellationToken cancellationToken)
    {
        // An error body only needs to be long enough to explain the error; never fail the failure on its size.
        int limit = Math.Min(maxBodyBytes, ApiException.MaxBodyLength * 4);
        return await ReadBodyAsync(response, limit, cancellationToken, truncate: true).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, int maxBodyBytes, CancellationToken cancellationToken, bool truncate = false)
    {
        if (response.Content is null)
        {
            return Array.Empty<byte>();
        }

        long? declared = response.Content.Headers.ContentLength;
        if (declared > maxBodyBytes && !truncate)
        {
            throw TooLarge(response, maxBodyBytes);
        }

        using CancellationTokenSource? deadline = RequestDeadline.Link(response.RequestMessage, cancellationToken, out TimeSpan timeout);
        CancellationToken token = deadline?.Token ?? cancellationToken;
        var buffer = new MemoryStream(declared is > 0 and <= int.MaxValue ? (int)Math.Min(declared.Value, maxBodyBytes) : 4096);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
#if NETSTANDARD2_0
            using Stream stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#else
            using Stream stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
#endif
            while (true)
            {
#if NETSTANDARD2_0
                int read = await stream.ReadAsync(chunk, 0, chunk.Length, token).ConfigureAwait(false);
#else
                int read = await stream.ReadAsync(chunk.AsMemory(), token).ConfigureAwait(false);
#endif
                if (read == 0)
                {
                    break;
                }

                if (buffer.Length + read > maxBodyBytes)
                {
                    if (truncate)
                    {
                        buffer.Write(chunk, 0, (int)(maxBodyBytes - buffer.Length));
                        break;
                    }

                    throw TooLarge(response, maxBodyBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (OperationCanceledException canceled) when (deadline is not null && !cancellationToken.IsCancellationRequested)
        {
            throw RequestDeadline.TimedOut(timeout, canceled);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static ApiException TooLarge(HttpResponseMessage response, int maxBodyBytes)
        => new($"The response to {Describe(response)} is larger than the limit of {maxBodyBytes} bytes (ApiClientOptions.MaxResponseBodyBytes).",
            response.StatusCode, response.ReasonPhrase, CollectHeaders(response), body: null);

    // A body that is not JSON at all (an HTML error page from a proxy) is explained by its content type, not by the parser's complaint.
    private static string ContentTypeNote(HttpResponseMessage response)
    {
        string? mediaType = response.Content?.Headers.ContentType?.MediaType;
        bool isJson = mediaType is not null
            && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        return mediaType is null || isJson ? string.Empty : $" (the server sent Content-Type {mediaType}, not JSON)";
    }

    private static string FailureMessage(HttpResponseMessage response)
        => $"{Describe(response)} failed with HTTP {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()}).";

    private static string Describe(HttpResponseMessage response)
    {
        HttpRequestMessage? request = response.RequestMessage;

        // Only the path: query strings can carry secrets such as api_key=…
        return request?.RequestUri is { } uri ? $"{request.Method} {uri.AbsolutePath}" : "The request";
    }

    private static string? DecodeBody(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        return Encoding.UTF8.GetString(body);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> CollectHeaders(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in response.Headers)
        {
            headers[header.Key] = header.Value.ToArray();
        }

        if (response.Content is not null)
        {
            foreach (KeyValuePair<string, IEnumerable<string>> header in response.Content.Headers)
            {
                headers[header.Key] = header.Value.ToArray();
            }
        }

        return headers;
    }
}
