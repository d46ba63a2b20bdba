namespace AigcVideo.Simulator.Validation.Models;

/// <summary>PixVerse: duration 1–15 s, lower-case 540p/720p/1080p/2k/4k, eight aspect ratios.</summary>
internal sealed class PixVerseRules : ModelRules
{
    private static readonly OutputRules Output = new(
        Duration: DurationRule.Between(1, 15),
        Resolutions: ["540p", "720p", "1080p", "2k", "4k"],
        AspectRatios: ["16:9", "4:3", "1:1", "3:4", "9:16", "2:3", "3:2", "21:9"]);

    /// <summary>Declares PixVerse v5.6, v6 and c1.</summary>
    public PixVerseRules()
        : base("PixVerse", "v5.6", "v6", "c1")
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> ReferenceTypes { get; } = ["subject", "background"];

    /// <inheritdoc />
    public override bool AcceptsFileText => true;

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) => Output;
}
