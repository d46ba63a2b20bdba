using System.Text.Json;

namespace CodeGen.Runtime.Json;

/// <summary>
/// Writers shared by generated converters, so each member costs one line of generated code rather than a branch:
/// documents such as GitHub's have tens of thousands of members.
/// </summary>
public static class JsonWriting
{
    /// <summary>Writes an optional string member, or nothing when it is not set.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="name">The member's encoded JSON name.</param>
    /// <param name="value">The value; <see langword="null"/> leaves the member out.</param>
    public static void WriteStringIfSet(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
