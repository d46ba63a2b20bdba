using System.Text.Json;
using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Validation;

/// <summary>
/// Reads <c>ext_info</c>: an object on the gateway, a string holding JSON in the official API (reference §1.1, §1.6).
/// </summary>
internal static class ExtInfoReader
{
    /// <summary>Checks that <c>ext_info</c>, when present, is an object or a string.</summary>
    public static bool Check(JsonObjectReader body)
    {
        if (!body.TryGet("ext_info", out JsonElement value))
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.String))
        {
            throw body.WrongType("ext_info", "an object (or a string holding JSON)", value);
        }

        return true;
    }

    /// <summary>
    /// Reads the required <c>ext_info.AdditionalParameters.template</c> of an effect-template request. A string
    /// <c>ext_info</c> is parsed as JSON first.
    /// </summary>
    public static string ReadTemplate(JsonObjectReader body)
    {
        if (!body.TryGet("ext_info", out JsonElement value))
        {
            throw ApiError.Missing("ext_info.AdditionalParameters.template").ToException();
        }

        JsonObjectReader extInfo;
        JsonDocument? parsed = null;
        try
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                try
                {
                    parsed = JsonDocument.Parse(value.GetString()!);
                }
                catch (JsonException ex)
                {
                    throw ApiError.InvalidValue($"The parameter 'ext_info' is a string but not valid JSON: {ex.Message}").ToException();
                }

                value = parsed.RootElement;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                throw body.WrongType("ext_info", "an object", value);
            }

            extInfo = new JsonObjectReader(value, "ext_info");
            JsonObjectReader additional = extInfo.Object("AdditionalParameters")
                ?? throw ApiError.Missing("ext_info.AdditionalParameters.template").ToException();
            return additional.RequiredString("template");
        }
        finally
        {
            parsed?.Dispose();
        }
    }
}
