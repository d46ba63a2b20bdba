namespace AigcVideo.Simulator.Validation.Models;

/// <summary>GV (Google Veo): duration 8 s, 720P/1080P, 16:9 / 9:16; asset/style references; a last frame without other images.</summary>
internal sealed class GvRules : ModelRules
{
    private static readonly OutputRules Output = new(
        Duration: DurationRule.OneOf(8),
        Resolutions: ["720P", "1080P"],
        AspectRatios: ["16:9", "9:16"]);

    /// <summary>Declares GV 3.1 and 3.1-fast.</summary>
    public GvRules()
        : base("GV", "3.1", "3.1-fast")
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> ReferenceTypes { get; } = ["asset", "style"];

    /// <inheritdoc />
    public override string? LastFrameProblem(string version, string? resolution, int otherImages) =>
        otherImages <= 1 ? null : $"GV accepts a last frame only with a single first-frame image (got {otherImages} other images).";

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) => Output;
}
