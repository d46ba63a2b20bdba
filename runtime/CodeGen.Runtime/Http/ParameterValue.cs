using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using CodeGen.Runtime.Json;

namespace CodeGen.Runtime.Http;

/// <summary>
/// A parameter value already formatted as text, in one of the three shapes the OpenAPI styles distinguish:
/// a primitive, an array, or an object (a record or a map) of name and value pairs.
/// </summary>
public readonly struct ParameterValue
{
    private ParameterValue(ParameterValueKind kind, string? primitive, IReadOnlyList<string>? items, IReadOnlyList<KeyValuePair<string, string>>? properties)
    {
        Kind = kind;
        Primitive = primitive;
        Items = items;
        Properties = properties;
    }

    /// <summary>The shape.</summary>
    public ParameterValueKind Kind { get; }

    /// <summary>The text of a primitive.</summary>
    public string? Primitive { get; }

    /// <summary>The items of an array.</summary>
    public IReadOnlyList<string>? Items { get; }

    /// <summary>The name and value pairs of an object, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Properties { get; }

    /// <summary>A primitive value.</summary>
    /// <param name="value">The formatted value.</param>
    public static ParameterValue Of(string value)
        => new(ParameterValueKind.Primitive, value ?? throw new ArgumentNullException(nameof(value)), null, null);

    /// <summary>An array of formatted items.</summary>
    /// <param name="items">The formatted items.</param>
    public static ParameterValue List(IEnumerable<string> items)
        => new(ParameterValueKind.Array, null, (items ?? throw new ArgumentNullException(nameof(items))).ToArray(), null);

    /// <summary>An object given as name and formatted value pairs, e.g. a map.</summary>
    /// <param name="properties">The pairs, in the order they are written.</param>
    public static ParameterValue Object(IEnumerable<KeyValuePair<string, string>> properties)
        => new(ParameterValueKind.Object, null, null, (properties ?? throw new ArgumentNullException(nameof(properties))).ToArray());

    /// <summary>
    /// An object taken from its JSON form: the generated converter writes it, and each top-level property that
    /// is not <c>null</c> becomes a pair. Strings give their text, numbers and booleans their JSON text, nested
    /// objects and arrays their JSON (the styles define nothing deeper).
    /// </summary>
    /// <param name="value">The record.</param>
    /// <param name="converter">Its generated converter.</param>
    public static ParameterValue FromJson<T>(T value, JsonConverter<T> converter)
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

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"A {typeof(T).Name} is not written as a JSON object, so it cannot be sent as an object parameter.", nameof(value));
        }

        var properties = new List<KeyValuePair<string, string>>();
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            string? text = property.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
            if (text is not null)
            {
                properties.Add(new KeyValuePair<string, string>(property.Name, text));
            }
        }

        return new ParameterValue(ParameterValueKind.Object, null, null, properties);
    }
}
