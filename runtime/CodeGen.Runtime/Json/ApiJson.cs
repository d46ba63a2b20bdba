using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeGen.Runtime.Json;

/// <summary>
/// Entry points that run generated converters directly over UTF-8 bytes, without going through
/// <see cref="JsonSerializer"/> or reflection.
/// </summary>
public static class ApiJson
{
    /// <summary>
    /// The options handed to generated converters. They never consult it for their own members; it exists
    /// because <see cref="JsonConverter{T}"/> requires one.
    /// </summary>
    public static JsonSerializerOptions DefaultOptions { get; } = new();

    private static readonly JsonReaderOptions s_readerOptions = new() { MaxDepth = 256 };

    /// <summary>Reads one JSON value of type <typeparamref name="T"/> from <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    /// <exception cref="JsonException">The text is not valid JSON, is empty, has trailing data, or does not match the type.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonConverter<T> converter)
    {
        if (converter is null)
        {
            throw new ArgumentNullException(nameof(converter));
        }

        var reader = new Utf8JsonReader(utf8Json, s_readerOptions);
        if (!reader.Read())
        {
            throw new JsonException("The body is empty; a JSON value was expected.");
        }

        T value = converter.Read(ref reader, typeof(T), DefaultOptions)!;
        if (reader.Read())
        {
            throw new JsonException($"Unexpected data after the JSON value at byte {reader.TokenStartIndex}.");
        }

        return value;
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON bytes.</summary>
    /// <param name="value">The value to write.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    public static byte[] SerializeToUtf8Bytes<T>(T value, JsonConverter<T> converter)
    {
        if (converter is null)
        {
            throw new ArgumentNullException(nameof(converter));
        }

        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, DefaultOptions);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
