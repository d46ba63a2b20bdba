using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using CodeGen.Runtime.Json;

namespace CodeGen.Runtime.Http;

/// <summary>
/// A JSON request body written by a generated converter into a rented buffer. The length is known up front,
/// so no chunked encoding is needed, and the buffer goes back to the pool when the request is disposed.
/// </summary>
public sealed class JsonRequestContent : HttpContent
{
    private readonly PooledBufferWriter _buffer;

    private JsonRequestContent(PooledBufferWriter buffer, string mediaType)
    {
        _buffer = buffer;
        Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
    }

    /// <summary>Serializes <paramref name="value"/> now, so that serialization errors surface before anything is sent.</summary>
    /// <param name="value">The body.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    public static JsonRequestContent Create<T>(T value, JsonConverter<T> converter) => Create(value, converter, "application/json");

    /// <summary>Serializes <paramref name="value"/> now, labelled with a JSON media type of the document's choice.</summary>
    /// <param name="value">The body.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    /// <param name="mediaType">A JSON media type, e.g. <c>application/merge-patch+json</c>.</param>
    public static JsonRequestContent Create<T>(T value, JsonConverter<T> converter, string mediaType)
    {
        if (converter is null)
        {
            throw new ArgumentNullException(nameof(converter));
        }

        var buffer = new PooledBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                converter.Write(writer, value, ApiJson.DefaultOptions);
            }

            return new JsonRequestContent(buffer, mediaType);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>The serialized body.</summary>
    public ReadOnlyMemory<byte> Utf8Json => _buffer.WrittenMemory;

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        ArraySegment<byte> body = _buffer.WrittenSegment;
        return stream.WriteAsync(body.Array!, body.Offset, body.Count);
    }

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = _buffer.WrittenCount;
        return true;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
