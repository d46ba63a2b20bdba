using System.Globalization;
using System.Text.Json.Nodes;
using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Tasks;
using AigcVideo.Simulator.Validation.Models;

namespace AigcVideo.Simulator.Validation;

/// <summary>Validates <c>output_config</c> (reference §1.4) and echoes it as <c>OutputConfig</c>.</summary>
internal static class OutputConfigValidator
{
    /// <summary><c>output_config.media_name</c> may hold at most this many characters.</summary>
    public const int MaxMediaNameLength = 64;

    /// <summary>The on/off switches of <c>output_config</c>: request key and echo key.</summary>
    private static readonly (string Key, string EchoKey)[] Switches =
    [
        ("audio_generation", "AudioGeneration"),
        ("input_compliance_check", "InputComplianceCheck"),
        ("output_compliance_check", "OutputComplianceCheck"),
        ("enhance_switch", "EnhanceSwitch"),
        ("off_peak", "OffPeak"),
        ("frame_interpolate", "FrameInterpolate"),
        ("logo_add", "LogoAdd"),
        ("enable_bgm", "EnableBGM"),
    ];

    /// <summary>
    /// Reads <c>output_config</c>, checking duration, resolution and aspect ratio against <paramref name="rules"/>
    /// (<paramref name="modelLabel"/> names the model in messages) and the model-only switches against
    /// <paramref name="modelName"/> (<see langword="null"/>: a model the simulator does not know, not checked), and adds
    /// the echo to <paramref name="input"/>. The echo always carries <c>StorageMode</c>, defaulting to <c>Temporary</c>.
    /// </summary>
    public static OutputSettings Read(JsonObjectReader body, OutputRules rules, string modelLabel, string? modelName, JsonObject input)
    {
        JsonObjectReader? config = body.Object("output_config");
        if (config is null)
        {
            input.Put("OutputConfig", new JsonObject().Put("StorageMode", OutputSettings.DefaultStorageMode));
            return OutputSettings.Default;
        }

        string storageMode = config.Enum("storage_mode", KnownValues.StorageMode) ?? OutputSettings.DefaultStorageMode;
        string? mediaName = config.String("media_name", MaxMediaNameLength);
        long? classId = config.Integer("class_id", min: 0);
        string? expireTimeText = config.String("expire_time");
        DateTimeOffset? expireTime = ParseTime(config, "expire_time", expireTimeText);
        double? duration = ReadDuration(config, rules, modelLabel);
        string? resolution = ReadChoice(config, "resolution", rules.Resolutions, modelLabel);
        string? aspectRatio = ReadChoice(config, "aspect_ratio", rules.AspectRatios, modelLabel);
        string? personGeneration = config.Enum("person_generation", KnownValues.PersonGeneration);

        JsonObject echo = new JsonObject()
            .Put("StorageMode", storageMode)
            .Put("MediaName", mediaName)
            .Put("ClassId", classId)
            .Put("ExpireTime", expireTimeText)
            .Put("Duration", duration)
            .Put("Resolution", resolution)
            .Put("AspectRatio", aspectRatio)
            .Put("PersonGeneration", personGeneration);
        foreach ((string key, string echoKey) in Switches)
        {
            string? value = config.Enum(key, KnownValues.Switch);
            if (value == "Enabled" && modelName is not null && SwitchSupport.ModelsFor(key) is { } models && !models.Contains(modelName, StringComparer.Ordinal))
            {
                throw ApiError.InvalidValue($"The parameter '{config.PathOf(key)}' can be 'Enabled' only for {JsonObjectReader.Describe(models)}, not for {modelName}.").ToException();
            }

            echo.Put(echoKey, value);
        }

        input.Put("OutputConfig", echo);
        return new OutputSettings(storageMode, mediaName, classId, expireTime) { Resolution = resolution, Duration = duration };
    }

    private static double? ReadDuration(JsonObjectReader config, OutputRules rules, string modelLabel)
    {
        double? duration = config.Number("duration");
        if (duration is not double seconds)
        {
            return null;
        }

        if (seconds <= 0)
        {
            throw ApiError.InvalidValue($"The parameter '{config.PathOf("duration")}' must be a positive number of seconds (got {Format(seconds)}).").ToException();
        }

        if (rules.Duration is { } rule && !rule.Allows(seconds))
        {
            throw ApiError.InvalidValue($"The parameter '{config.PathOf("duration")}' must be {rule.Description} for {modelLabel} (got {Format(seconds)}).").ToException();
        }

        return seconds;
    }

    private static string? ReadChoice(JsonObjectReader config, string key, IReadOnlyList<string>? allowed, string modelLabel)
    {
        string? value = config.String(key);
        if (value is null || allowed is null)
        {
            return value;
        }

        if (allowed.Count == 0)
        {
            throw ApiError.InvalidValue($"The parameter '{config.PathOf(key)}' is not supported by {modelLabel}.").ToException();
        }

        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            throw ApiError.InvalidValue($"The parameter '{config.PathOf(key)}' must be one of {JsonObjectReader.Describe(allowed)} for {modelLabel} (got '{value}').").ToException();
        }

        return value;
    }

    private static DateTimeOffset? ParseTime(JsonObjectReader config, string key, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset value))
        {
            throw ApiError.InvalidValue($"The parameter '{config.PathOf(key)}' must be an ISO 8601 time such as 2026-12-31T23:59:59Z (got '{text}').").ToException();
        }

        return value;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
