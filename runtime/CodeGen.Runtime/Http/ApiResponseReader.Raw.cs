using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>Bodies that are not JSON: downloads handed over as a stream, and text.</summary>
public static partial class ApiResponseReader
{
    /// <summary>
    /// Hands the body over as a stream without reading it first. The stream owns <paramref name="response"/>:
    /// disposing the stream releases the connection, so the caller must dispose it.
    /// </summary>
    /// <param name="response">The response, read with <see cref="HttpCompletionOption.ResponseHeadersRead"/>.</param>
    /// <param name="cancellationToken">Cancels opening the stream.</param>
    public static async Task<Stream> ReadStreamAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        if (response.Content is null)
        {
            response.Dispose();
            return new MemoryStream(Array.Empty<byte>(), writable: false);
        }

        try
        {
#if NETSTANDARD2_0
            cancellationToken.ThrowIfCancellationRequested();
            Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#else
            Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#endif
            return new ResponseStream(body, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Reads the body as text, in the charset the response names (UTF-8 when it names none).</summary>
    /// <param name="response">The response.</param>
    /// <param name="maxBodyBytes">The largest body to accept.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="Errors.ApiException">The body is larger than <paramref name="maxBodyBytes"/> or its charset is unknown.</exception>
    public static async Task<string> ReadTextAsync(HttpResponseMessage response, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        byte[] body = await ReadBodyAsync(response, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        string? charset = response.Content?.Headers.ContentType?.CharSet?.Trim('"');
        Encoding encoding;
        try
        {
            encoding = string.IsNullOrEmpty(charset) ? Encoding.UTF8 : Encoding.GetEncoding(charset);
        }
        catch (ArgumentException exception)
        {
            throw new Errors.ApiException(
                $"The response to {Describe(response)} names the unknown charset '{charset}'.",
                response.StatusCode,
                response.ReasonPhrase,
                CollectHeaders(response),
                null,
                exception);
        }

        return encoding.GetString(body);
    }
}
