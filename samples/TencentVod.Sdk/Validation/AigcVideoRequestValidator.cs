using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Runtime.Validation;

namespace TencentVod.Sdk
{
    /// <summary>
    /// Every rule of <c>CreateAigcVideoTask</c> the SDK checks before sending. First the constraints the OpenAPI document
    /// states (priority range, session id, context and media name lengths, duration range, subject image counts), run by
    /// the validation the generator wrote from it; then the rules it can only describe in prose: per model and version
    /// (reference §1.4, §1.5, §4) the durations, resolutions, aspect ratios, scene types, last-frame support and
    /// model-only switches, and the cross-field ones (7 MB of Base64 files, first and last frames, a prompt or an input).
    /// A model or version the SDK does not know is reported too, since the gateway rejects it today; use
    /// <see cref="AigcVideoTaskOptions.BypassValidation"/> once the service accepts more than the SDK knows.
    /// </summary>
    public static class AigcVideoRequestValidator
    {
        /// <summary>The most Base64 file data one request may carry (reference §1.2), so the body stays under 10 MB.</summary>
        public const int MaxBase64Bytes = 7 * 1024 * 1024;

        /// <summary>Returns every broken rule in <paramref name="request"/>; empty when it passes.</summary>
        /// <param name="request">The request to check.</param>
        public static IReadOnlyList<ValidationProblem> Check(CreateAigcVideoTaskRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var problems = new List<ValidationProblem>();
            var specConstraints = new ValidationCollector();
            specConstraints.Collect(request);
            problems.AddRange(specConstraints.Errors.Select(ValidationProblem.FromSpec));
            CheckInput(request, problems);
            FrameCount frames = FileInfoChecks.Check(request, problems);

            string model = request.ModelName.Value;
            string version = request.ModelVersion.Value;
            ModelRule? rule = ModelRuleBook.Find(model);
            if (rule is null)
            {
                problems.Add(new ValidationProblem("$.model_name", $"'{model}' is not a model the SDK knows; known: {string.Join(", ", ModelRuleBook.ModelNames)}."));
                return problems;
            }

            if (!rule.IsKnownVersion(version))
            {
                problems.Add(new ValidationProblem("$.model_version", $"'{version}' is not a version of {model}; known: {string.Join(", ", rule.Versions)}."));
                return problems;
            }

            string label = $"{model} {version}";
            OutputChecks.Check(request.OutputConfig, rule, version, label, problems);
            CheckSceneType(request, rule, label, problems);
            if (frames.LastFrames > 0 && frames.FirstFrames > 0
                && rule.LastFrameProblem(new LastFrameContext(version, request.OutputConfig?.Resolution?.Value, frames.FirstFrames)) is { } lastFrameProblem)
            {
                problems.Add(new ValidationProblem(frames.LastFrameField, lastFrameProblem));
            }

            return problems;
        }

        private static void CheckInput(CreateAigcVideoTaskRequest request, List<ValidationProblem> problems)
        {
            bool hasInput = request.FileInfos is { Count: > 0 } || request.SceneType is not null || request.ExtInfo is not null;
            if (string.IsNullOrWhiteSpace(request.Prompt) && !hasInput)
            {
                problems.Add(new ValidationProblem("$.prompt", "is needed when there are no FileInfos, no SceneType and no ExtInfo."));
            }
        }

        private static void CheckSceneType(CreateAigcVideoTaskRequest request, ModelRule rule, string label, List<ValidationProblem> problems)
        {
            if (request.SceneType?.Value is not { Length: > 0 } scene || rule.SceneTypes.Contains(scene, StringComparer.Ordinal))
            {
                return;
            }

            string message = scene == "template_effect"
                ? $"'template_effect' goes through CreateTemplateEffectTaskAsync (POST /tencent-vod/v1/template-effect), not through this endpoint, for {label}."
                : rule.SceneTypes.Count == 0
                    ? $"{label} takes no scene type (got '{scene}'); only Kling does: {string.Join(", ", ModelRuleBook.Find("Kling")!.SceneTypes)}."
                    : $"must be one of {string.Join(", ", rule.SceneTypes)} for {label} (got '{scene}').";
            problems.Add(new ValidationProblem("$.scene_type", message));
        }
    }
}
