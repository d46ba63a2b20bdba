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
            if (config.Duration is float duration)
            {
                if (duration <= 0)
                {
                    problems.Add(new ValidationProblem("OutputConfig.Duration", $"must be a positive number of seconds (got {Format(duration)})."));
                }
                else if (output.Duration is { } allowed && !allowed.Allows(duration))
                {
                    problems.Add(new ValidationProblem("OutputConfig.Duration", $"must be {allowed.Description} for {label} (got {Format(duration)})."));
                }
            }

            CheckChoice("OutputConfig.Resolution", config.Resolution?.Value, output.Resolutions, label, problems);
            CheckChoice("OutputConfig.AspectRatio", config.AspectRatio?.Value, output.AspectRatios, label, problems);

            if (IsEnabled(config.AudioGeneration) && !rule.SupportsAudio)
            {
                problems.Add(new ValidationProblem("OutputConfig.AudioGeneration", $"can be Enabled only for GV, OS, Vidu and Kling, not for {label}."));
            }

            if (IsEnabled(config.FrameInterpolate) && !rule.SupportsViduSwitches)
            {
                problems.Add(new ValidationProblem("OutputConfig.FrameInterpolate", $"can be Enabled only for Vidu, not for {label}."));
            }

            if (IsEnabled(config.LogoAdd) && !rule.SupportsViduSwitches)
            {
                problems.Add(new ValidationProblem("OutputConfig.LogoAdd", $"can be Enabled only for Vidu, not for {label}."));
            }

            if (config.MediaName is { Length: > AigcVideoRequestValidator.MaxMediaNameLength } name)
            {
                problems.Add(new ValidationProblem("OutputConfig.MediaName", $"must be at most {AigcVideoRequestValidator.MaxMediaNameLength} characters (got {name.Length})."));
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
