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
    /// Reads <c>ext_info.AdditionalParameters</c>, or <see langword="null"/> when either is absent. A string
    /// <c>ext_info</c> is parsed as JSON first; a string that is not a JSON object is only reserved text and gives
    /// <see langword="null"/> unless <paramref name="mustBeObject"/>.
    /// </summary>
    public static JsonObjectReader? AdditionalParameters(JsonObjectReader body, bool mustBeObject = false)
    {
        if (!body.TryGet("ext_info", out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            try
            {
                // Clone, so that the element outlives the document it came from.
                using JsonDocument parsed = JsonDocument.Parse(value.GetString()!);
                value = parsed.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                if (!mustBeObject)
                {
                    return null;
                }

                throw ApiError.InvalidValue($"The parameter 'ext_info' is a string but not valid JSON: {ex.Message}").ToException();
            }
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return mustBeObject ? throw body.WrongType("ext_info", "an object", value) : null;
        }

        return new JsonObjectReader(value, "ext_info").Object("AdditionalParameters");
    }

    /// <summary>Reads the required <c>ext_info.AdditionalParameters.template</c> of an effect-template request.</summary>
    public static string ReadTemplate(JsonObjectReader body)
    {
        if (!body.Has("ext_info"))
        {
            throw ApiError.Missing("ext_info.AdditionalParameters.template").ToException();
        }

        JsonObjectReader additional = AdditionalParameters(body, mustBeObject: true)
            ?? throw ApiError.Missing("ext_info.AdditionalParameters.template").ToException();
        return additional.RequiredString("template");
    }
}
