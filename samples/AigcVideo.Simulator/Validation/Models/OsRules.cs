namespace AigcVideo.Simulator.Validation.Models;

/// <summary>OS (OpenAI Sora): duration 4, 8 or 12 s, 720P, 16:9 / 9:16.</summary>
internal sealed class OsRules : ModelRules
{
    private static readonly OutputRules Output = new(
        Duration: DurationRule.OneOf(4, 8, 12),
        Resolutions: ["720P"],
        AspectRatios: ["16:9", "9:16"]);

    /// <summary>Declares OS 2.0.</summary>
    public OsRules()
        : base("OS", "2.0")
    {
    }

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) => Output;
}
