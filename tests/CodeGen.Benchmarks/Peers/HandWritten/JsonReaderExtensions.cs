using System.Text.Json;

namespace CodeGen.Benchmarks.Peers.HandWritten;

/// <summary>The few reads every hand-written object reader repeats.</summary>
internal static class JsonReaderExtensions
{
    /// <summary>Moves to the next property name inside an object; false at its end.</summary>
    public static bool NextProperty(this ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException("Expected a property name, got " + reader.TokenType);
        }

        return true;
    }

    public static void ExpectStartObject(this ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object, got " + reader.TokenType);
        }
    }

    public static string? ReadString(this ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
    }

    public static string ReadRequiredString(this ref Utf8JsonReader reader, string name)
        => reader.ReadString() ?? throw new JsonException(name + " is required");

    public static long? ReadInt64(this ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
    }

    public static float? ReadSingle(this ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetSingle();
    }

    public static DateTimeOffset? ReadDateTimeOffset(this ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();
    }

    public static JsonElement ReadElement(this ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>Skips the value of the current (unknown) property.</summary>
    public static void SkipValue(this ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }
}
