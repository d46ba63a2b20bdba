namespace AigcVideo.Simulator.Validation.Models;

/// <summary>
/// Hailuo: duration 6 or 10 s, 768P/1080P, no aspect ratio; H3 (and H3_regen): a whole 4–15 s, adds 2K/4K and
/// accepts 21:9 / 16:9 / 4:3 / 1:1 / 3:4 / 9:16.
/// </summary>
internal sealed class HailuoRules : ModelRules
{
    private static readonly OutputRules Output = new(
        Duration: DurationRule.OneOf(6, 10),
        Resolutions: ["768P", "1080P"],
        AspectRatios: []);

    private static readonly OutputRules H3Output = new(
        Duration: DurationRule.WholeSecondsBetween(4, 15),
        Resolutions: ["768P", "1080P", "2K", "4K"],
        AspectRatios: ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"]);

    /// <summary>Declares Hailuo 02, 2.3, 2.3-fast, H3 and H3_regen.</summary>
    public HailuoRules()
        : base("Hailuo", "02", "2.3", "2.3-fast", "H3", "H3_regen")
    {
    }

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) =>
        version.StartsWith("H3", StringComparison.Ordinal) ? H3Output : Output;
}
