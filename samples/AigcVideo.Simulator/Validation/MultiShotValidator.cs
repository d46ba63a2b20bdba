using System.Globalization;
using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Validation.Models;

namespace AigcVideo.Simulator.Validation;

/// <summary>
/// Validates the gateway's Kling multi-shot parameters in <c>ext_info.AdditionalParameters</c> (reference §1.6):
/// <c>multi_shot</c>, <c>shot_type</c> <c>customize</c>, and 1–6 <c>multi_prompt</c> shots of at most 512 characters
/// whose durations (each ≥ 1 s) add up to the video's duration.
/// </summary>
internal static class MultiShotValidator
{
    /// <summary>The only documented <c>shot_type</c>.</summary>
    public const string CustomizeShotType = "customize";

    /// <summary>A multi-shot request has at most this many shots.</summary>
    public const int MaxShots = 6;

    /// <summary>A shot's prompt may hold at most this many characters.</summary>
    public const int MaxShotPromptLength = 512;

    /// <summary>
    /// Checks the multi-shot parameters of <paramref name="body"/> when <c>multi_shot</c> is true, for
    /// <paramref name="model"/> at <paramref name="version"/> (<see langword="null"/>: unknown model, no model check)
    /// with a video of <paramref name="totalSeconds"/> seconds.
    /// </summary>
    public static void Check(JsonObjectReader body, ModelRules? model, string version, double totalSeconds, FileInfosSummary files)
    {
        JsonObjectReader? parameters = ExtInfoReader.AdditionalParameters(body);
        if (parameters?.Boolean("multi_shot") != true)
        {
            return;
        }

        if (model is not null && !model.SupportsMultiShot(version))
        {
            throw ApiError.InvalidValue($"The parameter '{parameters.PathOf("multi_shot")}' is supported only for Kling 3.0 and 3.0-Omni, not for {model.Name} {version}.").ToException();
        }

        if (version == "3.0-Omni" && files.HasVideo)
        {
            throw ApiError.InvalidValue("Kling 3.0-Omni cannot use multi-shot with a reference video in 'file_infos'.").ToException();
        }

        string shotType = parameters.RequiredString("shot_type");
        if (shotType != CustomizeShotType)
        {
            throw ApiError.InvalidValue($"The parameter '{parameters.PathOf("shot_type")}' must be '{CustomizeShotType}' (got '{shotType}').").ToException();
        }

        IReadOnlyList<JsonObjectReader> shots = parameters.ObjectArray("multi_prompt") ?? throw ApiError.Missing(parameters.PathOf("multi_prompt")).ToException();
        if (shots.Count is 0 or > MaxShots)
        {
            throw ApiError.InvalidValue($"The parameter '{parameters.PathOf("multi_prompt")}' must hold 1 to {MaxShots} shots (got {shots.Count}).").ToException();
        }

        double sum = 0;
        foreach (JsonObjectReader shot in shots)
        {
            shot.Integer("index", min: 0);
            shot.RequiredString("prompt");
            shot.String("prompt", MaxShotPromptLength);
            double seconds = shot.Number("duration") ?? throw ApiError.Missing(shot.PathOf("duration")).ToException();
            if (seconds < 1 || seconds > totalSeconds)
            {
                throw ApiError.InvalidValue($"The parameter '{shot.PathOf("duration")}' must be at least 1 and at most the video's {Format(totalSeconds)} seconds (got {Format(seconds)}).").ToException();
            }

            sum += seconds;
        }

        if (Math.Abs(sum - totalSeconds) > 1e-9)
        {
            throw ApiError.InvalidValue($"The durations in '{parameters.PathOf("multi_prompt")}' add up to {Format(sum)} seconds; they must add up to the video's {Format(totalSeconds)} seconds.").ToException();
        }
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
