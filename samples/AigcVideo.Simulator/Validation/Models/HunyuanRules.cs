namespace AigcVideo.Simulator.Validation.Models;

/// <summary>Hunyuan: version 1.5; the reference documents no duration, resolution or aspect-ratio limits.</summary>
internal sealed class HunyuanRules : ModelRules
{
    /// <summary>Declares Hunyuan 1.5.</summary>
    public HunyuanRules()
        : base("Hunyuan", "1.5")
    {
    }

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) => OutputRules.Undocumented;
}
