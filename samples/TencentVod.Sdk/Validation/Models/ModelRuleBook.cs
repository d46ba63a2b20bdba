using System;
using System.Collections.Generic;
using System.Linq;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The per-model rules of the reference (§1.1, §1.4, §1.5, §4) as of its 2026-08-21 snapshot. Where Tencent's
    /// current doc and the gateway's differ (the last-frame limits, §1.5 and §5.3), the stricter gateway rule is kept:
    /// it is what the gateway documents, and <see cref="AigcVideoTaskOptions.BypassValidation"/> lifts it.
    /// </summary>
    internal static class ModelRuleBook
    {
        private static readonly string[] KlingScenes = { "motion_control", "avatar_i2v", "lip_sync" };

        private static readonly Dictionary<string, ModelRule> Rules = new ModelRule[]
        {
            new ModelRule(
                "Kling",
                new[] { "1.6", "2.0", "2.1", "2.5", "2.6", "O1", "3.0", "3.0-Omni" },
                _ => new OutputRule(DurationRule.Between(3, 15), new[] { "720P", "1080P" }, new[] { "16:9", "9:16", "1:1" }),
                c => c.Version == "2.1" && c.Resolution == "1080P"
                    ? null
                    : $"Kling takes a last frame only with ModelVersion 2.1 and OutputConfig.Resolution 1080P (got {c.Version} at {c.Resolution ?? "720P, the default"}).",
                KlingScenes,
                audio: true),
            new ModelRule(
                "Vidu",
                new[] { "q2", "q2-pro", "q2-turbo", "q3", "q3-pro", "q3-turbo" },
                version => new OutputRule(
                    DurationRule.Between(1, 10),
                    new[] { "720P", "1080P" },
                    IsViduQ2(version) ? new[] { "16:9", "9:16", "4:3", "3:4", "1:1" } : new[] { "16:9", "9:16", "1:1" }),
                c => c.Version is "q2-pro" or "q2-turbo" ? null : $"Vidu takes a last frame only on q2-pro and q2-turbo (got {c.Version}).",
                audio: true,
                viduOnlySwitches: true),
            new ModelRule(
                "Hailuo",
                new[] { "02", "2.3", "2.3-fast", "H3", "H3_regen" },
                version => version.StartsWith("H3", StringComparison.Ordinal)
                    ? new OutputRule(DurationRule.WholeSecondsBetween(4, 15), new[] { "768P", "1080P", "2K", "4K" }, new[] { "21:9", "16:9", "4:3", "1:1", "3:4", "9:16" })
                    : new OutputRule(DurationRule.OneOf(6, 10), new[] { "768P", "1080P" }, Array.Empty<string>()),
                NoLastFrame("Hailuo")),
            new ModelRule(
                "GV",
                new[] { "3.1", "3.1-fast" },
                _ => new OutputRule(DurationRule.OneOf(8), new[] { "720P", "1080P" }, new[] { "16:9", "9:16" }),
                c => c.FirstFrameImages == 1 ? null : $"GV takes a last frame only with exactly one first-frame image in FileInfos (got {c.FirstFrameImages}).",
                audio: true),
            new ModelRule(
                "OS",
                new[] { "2.0" },
                _ => new OutputRule(DurationRule.OneOf(4, 8, 12), new[] { "720P" }, new[] { "16:9", "9:16" }),
                NoLastFrame("OS"),
                audio: true),
            new ModelRule(
                "PixVerse",
                new[] { "v5.6", "v6", "c1" },
                _ => new OutputRule(DurationRule.Between(1, 15), new[] { "540p", "720p", "1080p", "2k", "4k" }, new[] { "16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9" }),
                NoLastFrame("PixVerse")),
            new ModelRule("Hunyuan", new[] { "1.5" }, _ => OutputRule.Undocumented, NoLastFrame("Hunyuan")),
            new ModelRule("Mingmou", new[] { "1.0" }, _ => OutputRule.Undocumented, NoLastFrame("Mingmou")),
        }.ToDictionary(rule => rule.Name, StringComparer.Ordinal);

        public static IEnumerable<string> ModelNames => Rules.Keys;

        public static ModelRule? Find(string modelName) => Rules.TryGetValue(modelName, out ModelRule? rule) ? rule : null;

        private static bool IsViduQ2(string version) => version == "q2" || version.StartsWith("q2-", StringComparison.Ordinal);

        private static Func<LastFrameContext, string?> NoLastFrame(string model) =>
            _ => $"{model} does not take a last frame; only GV, Kling 2.1 at 1080P and Vidu q2-pro / q2-turbo do.";
    }
}
