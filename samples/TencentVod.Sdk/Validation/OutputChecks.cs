using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TencentVod.Sdk
{
    /// <summary>OutputConfig against one model version: duration, resolution, aspect ratio, model-only switches, media name.</summary>
    internal static class OutputChecks
    {
        public static void Check(OutputConfig? config, ModelRule rule, string version, string label, List<ValidationProblem> problems)
        {
            if (config is null)
            {
                return;
            }

            OutputRule output = rule.OutputFor(version);
            // The document's 1 to 15 seconds is checked by the generated validation; this is the model's own set.
            if (config.Duration is float duration && output.Duration is { } allowed && !allowed.Allows(duration))
            {
                problems.Add(new ValidationProblem("$.output_config.duration", $"must be {allowed.Description} for {label} (got {Format(duration)})."));
            }

            CheckChoice("$.output_config.resolution", config.Resolution?.Value, output.Resolutions, label, problems);
            CheckChoice("$.output_config.aspect_ratio", config.AspectRatio?.Value, output.AspectRatios, label, problems);

            if (IsEnabled(config.AudioGeneration) && !rule.SupportsAudio)
            {
                problems.Add(new ValidationProblem("$.output_config.audio_generation", $"can be Enabled only for GV, OS, Vidu and Kling, not for {label}."));
            }

            if (IsEnabled(config.FrameInterpolate) && !rule.SupportsViduSwitches)
            {
                problems.Add(new ValidationProblem("$.output_config.frame_interpolate", $"can be Enabled only for Vidu, not for {label}."));
            }

            if (IsEnabled(config.LogoAdd) && !rule.SupportsViduSwitches)
            {
                problems.Add(new ValidationProblem("$.output_config.logo_add", $"can be Enabled only for Vidu, not for {label}."));
            }
        }

        private static void CheckChoice(string field, string? value, IReadOnlyList<string>? allowed, string label, List<ValidationProblem> problems)
        {
            if (value is null || allowed is null)
            {
                return;
            }

            if (allowed.Count == 0)
            {
                problems.Add(new ValidationProblem(field, $"is not supported by {label} (got '{value}'); leave it out."));
            }
            else if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                problems.Add(new ValidationProblem(field, $"must be one of {string.Join(", ", allowed)} for {label} (got '{value}')."));
            }
        }

        private static bool IsEnabled(Switch? value) => value is { } set && set == Switch.Enabled;

        private static string Format(float value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
