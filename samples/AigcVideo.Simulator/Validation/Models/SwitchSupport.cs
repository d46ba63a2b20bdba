namespace AigcVideo.Simulator.Validation.Models;

/// <summary>
/// The <c>output_config</c> switches that only some models may turn on (reference §1.4, §1.5). Turning one off is
/// always allowed; the other switches have no per-model limit.
/// </summary>
internal static class SwitchSupport
{
    /// <summary>Request key → the models that accept <c>Enabled</c>.</summary>
    private static readonly Dictionary<string, string[]> Models = new(StringComparer.Ordinal)
    {
        // The reference also lists Jimeng, which is no longer a model_name.
        ["audio_generation"] = ["GV", "OS", "Vidu", "Kling"],
        ["frame_interpolate"] = ["Vidu"],
        ["logo_add"] = ["Vidu"],
    };

    /// <summary>The models that may enable <paramref name="key"/>, or <see langword="null"/> when every model may.</summary>
    public static IReadOnlyList<string>? ModelsFor(string key) => Models.GetValueOrDefault(key);
}
