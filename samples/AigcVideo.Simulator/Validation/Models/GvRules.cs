namespace AigcVideo.Simulator.Validation.Models;

/// <summary>GV (Google Veo): duration 8 s, 720P/1080P, 16:9 / 9:16.</summary>
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
    public override OutputRules OutputFor(string version) => Output;
}
