namespace AigcVideo.Simulator.Validation.Models;

/// <summary>
/// Vidu: duration 1–10 s, 720P/1080P, 16:9 / 9:16 / 1:1 plus 4:3 and 3:4 on the q2 family.
/// Its <c>template_effect</c> scene has its own endpoint, so no scene type is accepted on the create endpoint.
/// </summary>
internal sealed class ViduRules : ModelRules
{
    private static readonly DurationRule Duration = DurationRule.Between(1, 10);
    private static readonly string[] Resolutions = ["720P", "1080P"];

    private static readonly OutputRules Q2Output = new(Duration, Resolutions, ["16:9", "9:16", "4:3", "3:4", "1:1"]);
    private static readonly OutputRules Output = new(Duration, Resolutions, ["16:9", "9:16", "1:1"]);

    /// <summary>Declares Vidu q2, q2-pro, q2-turbo, q3, q3-pro and q3-turbo.</summary>
    public ViduRules()
        : base("Vidu", "q2", "q2-pro", "q2-turbo", "q3", "q3-pro", "q3-turbo")
    {
    }

    /// <inheritdoc />
    public override SubjectRules? Subjects { get; } = new(RequiredKey: "name", AcceptsMedia: true);

    /// <inheritdoc />
    public override bool AcceptsObjectIds => true;

    /// <inheritdoc />
    public override bool AcceptsFileVoiceIds(string version) => IsQ2(version);

    /// <inheritdoc />
    public override bool AcceptsSubjectVideos(string version) => version == "q2-pro";

    /// <inheritdoc />
    public override int MaxImages(string version) => IsQ2(version) ? 7 : base.MaxImages(version);

    /// <inheritdoc />
    public override string? LastFrameProblem(string version, string? resolution, int otherImages) =>
        version is "q2-pro" or "q2-turbo" ? null : $"Vidu accepts a last frame only on 'q2-pro' and 'q2-turbo' (got '{version}').";

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) => IsQ2(version) ? Q2Output : Output;

    private static bool IsQ2(string version) => version == "q2" || version.StartsWith("q2-", StringComparison.Ordinal);
}
