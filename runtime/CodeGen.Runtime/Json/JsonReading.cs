using System;
using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace CodeGen.Runtime.Json;

/// <summary>
/// Token readers shared by generated converters. Each names the member being read in its error, because
/// <see cref="Utf8JsonReader"/> alone cannot say where a bad value sits.
/// </summary>
/// <remarks>
/// Numbers are also accepted when a server sends them as JSON strings (<c>"5"</c>), and an empty string reads
/// as an absent date-time: both are common in real APIs and lose nothing on the way back.
/// </remarks>
public static class JsonReading
{
    /// <summary>Checks that the reader stands on the start of an object.</summary>
    /// <param name="reader">The reader, positioned on the value's first token.</param>
    /// <param name="typeName">The type being read, for the error message.</param>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Checks that the reader stands on the start of an array.</summary>
    /// <param name="reader">The reader, positioned on the value's first token.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static void ExpectStartArray(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array for '{memberName}' but found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Advances to the next token, failing clearly if the JSON ends first.</summary>
    /// <param name="reader">The reader.</param>
    public static JsonTokenType NextToken(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended before the value was complete.");
        }

        return reader.TokenType;
    }

    /// <summary>Reads base64 text as bytes.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static byte[] ReadBytes(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetBytesFromBase64(out byte[]? bytes))
        {
            return bytes;
        }

        throw Unexpected(reader.TokenType, "base64 text", memberName);
    }

    /// <summary>Moves from a property name to its value.</summary>
    /// <param name="reader">The reader, positioned on a property name.</param>
    public static void MoveToValue(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended inside an object.");
        }
    }

    /// <summary>
    /// Moves from a property name to a value that must not be null: a required member whose schema does not allow
    /// <c>null</c>. One call in place of a null branch in every generated converter.
    /// </summary>
    /// <param name="reader">The reader, positioned on a property name.</param>
    /// <param name="typeName">The type being read, for the error message.</param>
    /// <param name="memberName">The JSON name of the member, for the error message.</param>
    public static void MoveToNonNullValue(ref Utf8JsonReader reader, string typeName, string memberName)
    {
        MoveToValue(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw NullNotAllowed(typeName, memberName);
        }
    }

    /// <summary>Fails with <see cref="MissingRequiredMember"/> when a required member was not in the object.</summary>
    /// <param name="wasRead">Whether the object had the member.</param>
    /// <param name="typeName">The type being read.</param>
    /// <param name="memberName">The JSON name of the member.</param>
    public static void RequireMember(bool wasRead, string typeName, string memberName)
    {
        if (!wasRead)
        {
            throw MissingRequiredMember(typeName, memberName);
        }
    }

    /// <summary>Reads a string value.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static string ReadString(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Unexpected(reader.TokenType, "a string", memberName);
        }

        return reader.GetString()!;
    }

    /// <summary>Reads a boolean value.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static bool ReadBoolean(ref Utf8JsonReader reader, string memberName)
    {
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Unexpected(reader.TokenType, "true or false", memberName),
        };
    }

    /// <summary>Reads a 32-bit integer.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static int ReadInt32(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(ValueBytes(ref reader), out value, out int consumed) && consumed == ValueLength(ref reader))
        {
            return value;
        }

        throw Unexpected(reader.TokenType, "a 32-bit integer", memberName);
    }

    /// <summary>Reads a 64-bit integer.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static long ReadInt64(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(ValueBytes(ref reader), out value, out int consumed) && consumed == ValueLength(ref reader))
        {
            return value;
        }

        throw Unexpected(reader.TokenType, "a 64-bit integer", memberName);
    }

    /// <summary>Reads a single-precision number.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static float ReadSingle(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out float value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(ValueBytes(ref reader), out value, out int consumed) && consumed == ValueLength(ref reader))
        {
            return value;
        }

        throw Unexpected(reader.TokenType, "a number", memberName);
    }

    /// <summary>Reads a double-precision number.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static double ReadDouble(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(ValueBytes(ref reader), out value, out int consumed) && consumed == ValueLength(ref reader))
        {
            return value;
        }

        throw Unexpected(reader.TokenType, "a number", memberName);
    }

    /// <summary>Reads a decimal number without going through binary floating point.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static decimal ReadDecimal(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && Utf8Parser.TryParse(ValueBytes(ref reader), out value, out int consumed) && consumed == ValueLength(ref reader))
        {
            return value;
        }

        throw Unexpected(reader.TokenType, "a decimal number", memberName);
    }

    /// <summary>Reads an ISO 8601 date-time.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.TryGetDateTimeOffset(out DateTimeOffset value))
            {
                return value;
            }

            // Utf8JsonReader accepts only the strict profile; servers also send "2026-01-02 03:04:05Z" and the like.
            if (DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            {
                return value;
            }
        }

        throw Unexpected(reader.TokenType, "an ISO 8601 date-time", memberName);
    }

    /// <summary>Reads an ISO 8601 date-time, where an empty string means absent.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static DateTimeOffset? ReadOptionalDateTimeOffset(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && ValueLength(ref reader) == 0))
        {
            return null;
        }

        return ReadDateTimeOffset(ref reader, memberName);
    }

    /// <summary>Reads a UUID.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static Guid ReadGuid(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out Guid value))
        {
            return value;
        }

        throw Unexpected(reader.TokenType, "a UUID", memberName);
    }

    /// <summary>Reads any JSON value and keeps it as a detached <see cref="JsonElement"/>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    public static JsonElement ReadElement(ref Utf8JsonReader reader)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    /// <summary>The error for a required member that the JSON object lacks.</summary>
    /// <param name="typeName">The type being read.</param>
    /// <param name="memberName">The JSON name of the missing member.</param>
    public static JsonException MissingRequiredMember(string typeName, string memberName)
        => new($"The JSON object for {typeName} lacks the required member '{memberName}'.");

    /// <summary>The error for a JSON <c>null</c> where the schema does not allow one.</summary>
    /// <param name="typeName">The type being read.</param>
    /// <param name="memberName">The JSON name of the member.</param>
    public static JsonException NullNotAllowed(string typeName, string memberName)
        => new($"The member '{memberName}' of {typeName} must not be null.");

    private static JsonException Unexpected(JsonTokenType found, string expected, string memberName)
        => new($"Expected {expected} for '{memberName}' but found {Describe(found)}.");

    private static string Describe(JsonTokenType tokenType) => tokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => tokenType.ToString(),
    };

    private static ReadOnlySpan<byte> ValueBytes(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

    private static int ValueLength(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
}
