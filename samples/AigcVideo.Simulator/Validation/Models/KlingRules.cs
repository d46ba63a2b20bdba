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

    /// <summary>The duration a Kling task gets when <c>output_config.duration</c> is absent.</summary>
    public const double DefaultDuration = 5;

    /// <inheritdoc />
    public override IReadOnlyList<string> ReferenceTypes { get; } = ["feature", "base"];

    /// <inheritdoc />
    public override string? ReferenceTypeCategory => "Video";

    /// <inheritdoc />
    public override bool SupportsMultiShot(string version) => version is "3.0" or "3.0-Omni";

    /// <inheritdoc />
    public override string? LastFrameProblem(string version, string? resolution, int otherImages) =>
        version == "2.1" && resolution == "1080P"
            ? null
            : $"Kling accepts a last frame only with model_version '2.1' and output_config.resolution '1080P' (got '{version}' at '{resolution ?? "720P (default)"}').";

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) => Output;
}
