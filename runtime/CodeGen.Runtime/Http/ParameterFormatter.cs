using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CodeGen.Runtime.Json;

namespace CodeGen.Runtime.Http;

/// <summary>Turns parameter values into the text that goes into paths, query strings and headers.</summary>
/// <remarks>Always invariant: a server must not see "1,5" because the client machine is set to German.</remarks>
public static class ParameterFormatter
{
    /// <summary>Formats a boolean as <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value.</param>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Formats an integer.</summary>
    /// <param name="value">The value.</param>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an integer.</summary>
    /// <param name="value">The value.</param>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number so that it reads back to the same value.</summary>
    /// <param name="value">The value.</param>
    public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a number so that it reads back to the same value.</summary>
    /// <param name="value">The value.</param>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a decimal number.</summary>
    /// <param name="value">The value.</param>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a date-time in ISO 8601 round-trip form.</summary>
    /// <param name="value">The value.</param>
    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Formats a UUID in its 36-character form.</summary>
    /// <param name="value">The value.</param>
    public static string Format(Guid value) => value.ToString("D");

    /// <summary>
    /// Formats a value as its JSON text, for a parameter the document describes with <c>content: {application/json: ...}</c>.
    /// The generated converter writes it; non-ASCII characters come out as <c>\uXXXX</c> escapes, so the text is also
    /// a valid header value. The caller percent-encodes it where the location needs that.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="converter">Its generated converter.</param>
    public static string FormatJson<T>(T value, JsonConverter<T> converter)
    {
        if (converter is null)
        {
            throw new ArgumentNullException(nameof(converter));
        }

        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, ApiJson.DefaultOptions);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan.ToArray());
    }
}
