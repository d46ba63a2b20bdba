namespace AigcVideo.Simulator.Validation.Models;

/// <summary>Kling: duration 3–15 s, 720P/1080P, 16:9 / 9:16 / 1:1, scenes motion_control / avatar_i2v / lip_sync.</summary>
internal sealed class KlingRules : ModelRules
{
    private static readonly OutputRules Output = new(
        Duration: DurationRule.Between(3, 15),
        Resolutions: ["720P", "1080P"],
        AspectRatios: ["16:9", "9:16", "1:1"]);

    /// <summary>Declares Kling 1.6, 2.0, 2.1, 2.5, 2.6, O1, 3.0 and 3.0-Omni.</summary>
    public KlingRules()
        : base("Kling", "1.6", "2.0", "2.1", "2.5", "2.6", "O1", "3.0", "3.0-Omni")
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> SceneTypes { get; } = ["motion_control", "avatar_i2v", "lip_sync"];

    /// <inheritdoc />
    public override SubjectRules? Subjects { get; } = new(RequiredKey: "id", AcceptsMedia: false);

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) => Output;
}
