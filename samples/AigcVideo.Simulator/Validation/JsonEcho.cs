using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using AigcVideo.Simulator.Responses;

namespace AigcVideo.Simulator.Validation;

/// <summary>Helpers that build the PascalCase <c>Input</c> echo, skipping values that were not sent.</summary>
internal static class JsonEcho
{
    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/> unless it is <see langword="null"/>.</summary>
    public static JsonObject Put(this JsonObject target, string key, string? value)
    {
        if (value is not null)
        {
            target[key] = JsonValue.Create(value);
        }

        return target;
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/> unless it is <see langword="null"/>.</summary>
    public static JsonObject Put(this JsonObject target, string key, long? value)
    {
        if (value is long number)
        {
            target[key] = JsonValue.Create(number);
        }

        return target;
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/> unless it is <see langword="null"/>.</summary>
    public static JsonObject Put(this JsonObject target, string key, double? value)
    {
        if (value is double number)
        {
            target[key] = JsonValue.Create(number);
        }

        return target;
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/> unless it is <see langword="null"/>.</summary>
    public static JsonObject Put(this JsonObject target, string key, JsonNode? value)
    {
        if (value is not null)
        {
            target[key] = value;
        }

        return target;
    }

    /// <summary>A JSON array of <paramref name="values"/>, or <see langword="null"/>.</summary>
    public static JsonArray? ToJsonArray(IReadOnlyList<string>? values) =>
        values is null ? null : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    /// <summary>The UTF-8 JSON text of <paramref name="node"/>, written with the simulator's response encoder.</summary>
    public static ReadOnlyMemory<byte> ToUtf8(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonResponses.WriterOptions))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenMemory.ToArray();
    }
}
