using System;
using System.Text.Json;
using System.Xml;

namespace CodeGen.Runtime.Json;

/// <summary>Readers and writers for the string formats whose .NET type has no built-in JSON form: <c>uri</c> and <c>duration</c>.</summary>
public static class JsonFormats
{
    /// <summary>Reads a URI, absolute or relative, keeping its exact text.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static Uri ReadUri(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.String && Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out Uri? uri))
        {
            return uri;
        }

        throw new JsonException($"Expected a URI for '{memberName}' but found {reader.TokenType}.");
    }

    /// <summary>The text a URI was made from, so a value read from JSON is written back unchanged.</summary>
    /// <param name="value">The URI.</param>
    public static string FormatUri(Uri value) => value.OriginalString;

    /// <summary>Reads an ISO 8601 duration such as <c>P1DT2H30M</c>.</summary>
    /// <param name="reader">The reader, positioned on the value.</param>
    /// <param name="memberName">The member being read, for the error message.</param>
    public static TimeSpan ReadDuration(ref Utf8JsonReader reader, string memberName)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            try
            {
                // XmlConvert implements xs:duration, which is ISO 8601's duration with years and months.
                return XmlConvert.ToTimeSpan(reader.GetString()!);
            }
            catch (FormatException)
            {
            }
            catch (OverflowException)
            {
            }
        }

        throw new JsonException($"Expected an ISO 8601 duration for '{memberName}' but found {reader.TokenType}.");
    }

    /// <summary>Writes a duration in ISO 8601 form (<c>P1DT2H</c>).</summary>
    /// <param name="value">The duration.</param>
    public static string FormatDuration(TimeSpan value) => XmlConvert.ToString(value);
}
