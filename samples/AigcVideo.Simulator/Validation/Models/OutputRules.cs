namespace AigcVideo.Simulator.Validation.Models;

/// <summary>
/// The per-model limits on <c>output_config</c> from reference §1.4. A <see langword="null"/> member means the
/// reference documents nothing, so any value passes; an empty <see cref="AspectRatios"/> list means the model does not
/// accept <c>aspect_ratio</c> at all.
/// </summary>
/// <param name="Duration">Allowed <c>duration</c> values.</param>
/// <param name="Resolutions">Allowed <c>resolution</c> values (exact spelling).</param>
/// <param name="AspectRatios">Allowed <c>aspect_ratio</c> values.</param>
internal sealed record OutputRules(DurationRule? Duration, IReadOnlyList<string>? Resolutions, IReadOnlyList<string>? AspectRatios)
{
    /// <summary>No documented limits (Hunyuan, Mingmou, and versions the simulator does not know).</summary>
    public static OutputRules Undocumented { get; } = new(null, null, null);
}
