namespace AigcVideo.Simulator.Validation.Models;

/// <summary>Mingmou: version 1.0; the reference documents no duration, resolution or aspect-ratio limits.</summary>
internal sealed class MingmouRules : ModelRules
{
    /// <summary>Declares Mingmou 1.0.</summary>
    public MingmouRules()
        : base("Mingmou", "1.0")
    {
    }

    /// <inheritdoc />
    public override OutputRules OutputFor(string version) => OutputRules.Undocumented;
}
