using System;
using System.Collections.Generic;
using System.Linq;

namespace TencentVod.Sdk
{
    /// <summary>
    /// What one model family accepts: its versions, output values per version, scene types, whether it takes a last
    /// frame and generated audio. Built as data in <see cref="ModelRuleBook"/>, one entry per model.
    /// </summary>
    internal sealed class ModelRule
    {
        private readonly Func<string, OutputRule> _outputFor;
        private readonly Func<LastFrameContext, string?> _lastFrameProblem;

        public ModelRule(
            string name,
            IReadOnlyList<string> versions,
            Func<string, OutputRule> outputFor,
            Func<LastFrameContext, string?> lastFrameProblem,
            IReadOnlyList<string>? sceneTypes = null,
            bool audio = false,
            bool viduOnlySwitches = false)
        {
            Name = name;
            Versions = versions;
            _outputFor = outputFor;
            _lastFrameProblem = lastFrameProblem;
            SceneTypes = sceneTypes ?? Array.Empty<string>();
            SupportsAudio = audio;
            SupportsViduSwitches = viduOnlySwitches;
        }

        public string Name { get; }

        public IReadOnlyList<string> Versions { get; }

        public IReadOnlyList<string> SceneTypes { get; }

        /// <summary>Whether <c>OutputConfig.AudioGeneration</c> may be Enabled (§1.4: GV, OS, Vidu, Kling).</summary>
        public bool SupportsAudio { get; }

        /// <summary>Whether FrameInterpolate and LogoAdd may be Enabled (§1.4: Vidu only).</summary>
        public bool SupportsViduSwitches { get; }

        public bool IsKnownVersion(string version) => Versions.Contains(version, StringComparer.Ordinal);

        public OutputRule OutputFor(string version) => _outputFor(version);

        /// <summary>Why this model cannot take the last frame here, or <see langword="null"/> when it can.</summary>
        public string? LastFrameProblem(LastFrameContext context) => _lastFrameProblem(context);
    }
}
