using System.Globalization;
using System.Text.Json;
using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Validation;

/// <summary>
/// Typed, validating access to the members of one JSON object of a request body. A member that is absent or
/// <c>null</c> counts as absent. Every failure throws an <see cref="ApiException"/> whose message names the member
/// by its full path (e.g. <c>output_config.media_name</c>).
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _object;

    /// <summary>Wraps <paramref name="jsonObject"/>, which sits at <paramref name="path"/> in the body (empty for the root).</summary>
    public JsonObjectReader(JsonElement jsonObject, string path)
    {
        _object = jsonObject;
        Path = path;
    }

    /// <summary>Where this object sits in the body; empty for the root object.</summary>
    public string Path { get; }

    /// <summary>The full path of member <paramref name="name"/>.</summary>
    public string PathOf(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    /// <summary>Gets member <paramref name="name"/> unless it is absent or <c>null</c>.</summary>
    public bool TryGet(string name, out JsonElement value)
    {
        if (_object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Whether member <paramref name="name"/> is present and not <c>null</c>.</summary>
    public bool Has(string name) => TryGet(name, out _);

    /// <summary>Whether the object has a member spelled exactly <paramref name="name"/>, whatever its value.</summary>
    public bool HasKey(string name) => _object.TryGetProperty(name, out _);

    /// <summary>
    /// Reads an optional string. Longer than <paramref name="maxLength"/> characters fails with
    /// <paramref name="tooLongCode"/>.
    /// </summary>
    public string? String(string name, int? maxLength = null, string tooLongCode = ErrorCodes.InvalidParameterValue)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw WrongType(name, "a string", value);
        }

        string text = value.GetString()!;
        if (maxLength is int max && text.Length > max)
        {
            throw ApiError.BadRequest(tooLongCode, $"The parameter '{PathOf(name)}' must be at most {max} characters long (got {text.Length}).").ToException();
        }

        return text;
    }

    /// <summary>Reads a required, non-empty string; absent, <c>null</c> or empty fails with <c>MissingParameter</c>.</summary>
    public string RequiredString(string name, string? pascalCaseName = null)
    {
        string? text = String(name);
        if (string.IsNullOrEmpty(text))
        {
            string hint = pascalCaseName is not null && HasKey(pascalCaseName)
                ? $" The gateway expects snake_case keys: found '{pascalCaseName}', send '{name}' instead."
                : string.Empty;
            throw ApiError.BadRequest(ErrorCodes.MissingParameter, $"The parameter '{PathOf(name)}' is required.{hint}").ToException();
        }

        return text;
    }

    /// <summary>Reads an optional string that must be one of <paramref name="allowed"/> (exact, case-sensitive).</summary>
    public string? Enum(string name, IReadOnlyList<string> allowed)
    {
        string? text = String(name);
        if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
        {
            throw ApiError.InvalidValue($"The parameter '{PathOf(name)}' must be one of {Describe(allowed)} (got '{text}').").ToException();
        }

        return text;
    }

    /// <summary>
    /// Reads an optional integer in <paramref name="min"/>..<paramref name="max"/>. A string holding an integer is
    /// accepted too, because the gateway's own spec types some integers as strings.
    /// </summary>
    public long? Integer(string name, long min = long.MinValue, long max = long.MaxValue)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return null;
        }

        long number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (!value.TryGetInt64(out number))
            {
                throw WrongType(name, "an integer", value);
            }
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            if (!long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            {
                throw WrongType(name, "an integer", value);
            }
        }
        else
        {
            throw WrongType(name, "an integer", value);
        }

        if (number < min || number > max)
        {
            throw ApiError.InvalidValue($"The parameter '{PathOf(name)}' must be between {min} and {max} (got {number}).").ToException();
        }

        return number;
    }

    /// <summary>
    /// Reads an optional finite number. A string holding a number is accepted too, because the gateway's own spec
    /// types some numbers as strings.
    /// </summary>
    public double? Number(string name)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return null;
        }

        double number = double.NaN;
        bool ok = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out number),
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
        if (!ok || !double.IsFinite(number))
        {
            throw WrongType(name, "a number", value);
        }

        return number;
    }

    /// <summary>Reads an optional boolean.</summary>
    public bool? Boolean(string name)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(name, "a boolean", value),
        };
    }

    /// <summary>Reads an optional nested object.</summary>
    public JsonObjectReader? Object(string name)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw WrongType(name, "an object", value);
        }

        return new JsonObjectReader(value, PathOf(name));
    }

    /// <summary>Reads an optional array whose items must all be objects.</summary>
    public IReadOnlyList<JsonObjectReader>? ObjectArray(string name)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(name, "an array", value);
        }

        var items = new List<JsonObjectReader>();
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            string itemPath = $"{PathOf(name)}[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw ApiError.InvalidValue($"The parameter '{itemPath}' must be an object (got {KindOf(item)}).").ToException();
            }

            items.Add(new JsonObjectReader(item, itemPath));
            index++;
        }

        return items;
    }

    /// <summary>Reads an optional array whose items must all be strings.</summary>
    public IReadOnlyList<string>? StringArray(string name)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(name, "an array of strings", value);
        }

        var items = new List<string>();
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw ApiError.InvalidValue($"The parameter '{PathOf(name)}[{index}]' must be a string (got {KindOf(item)}).").ToException();
            }

            items.Add(item.GetString()!);
            index++;
        }

        return items;
    }

    /// <summary>A failure for member <paramref name="name"/> holding the wrong JSON type.</summary>
    public ApiException WrongType(string name, string expected, JsonElement actual) =>
        ApiError.InvalidValue($"The parameter '{PathOf(name)}' must be {expected} (got {KindOf(actual)}{Sample(actual)}).").ToException();

    /// <summary>Lists <paramref name="values"/> for an error message, e.g. <c>'A', 'B'</c>.</summary>
    public static string Describe(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    /// <summary>The JSON type name of <paramref name="value"/> for error messages.</summary>
    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Sample(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $" '{Truncate(value.GetString()!)}'",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => $" {value.GetRawText()}",
        _ => string.Empty,
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
