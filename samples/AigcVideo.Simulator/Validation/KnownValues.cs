namespace AigcVideo.Simulator.Validation;

/// <summary>The enum values of the request fields (reference §1.1–§1.4 and the table in §4).</summary>
internal static class KnownValues
{
    /// <summary>Every on/off switch: EnhancePrompt, AudioGeneration, compliance checks, EnhanceSwitch, OffPeak,
    /// FrameInterpolate, LogoAdd, EnableBGM, KeepOriginalSound.</summary>
    public static readonly IReadOnlyList<string> Switch = ["Enabled", "Disabled"];

    /// <summary>OutputConfig.StorageMode; <c>Temporary</c> is the default.</summary>
    public static readonly IReadOnlyList<string> StorageMode = ["Temporary", "Permanent"];

    /// <summary>OutputConfig.PersonGeneration.</summary>
    public static readonly IReadOnlyList<string> PersonGeneration = ["AllowAdult", "Disallowed"];

    /// <summary>InputRegion; <c>Mainland</c> is the default.</summary>
    public static readonly IReadOnlyList<string> InputRegion = ["Mainland", "Oversea"];

    /// <summary>FileInfos[].Type.</summary>
    public static readonly IReadOnlyList<string> FileType = ["File", "Url", "Base64"];

    /// <summary>FileInfos[].Category.</summary>
    public static readonly IReadOnlyList<string> FileCategory = ["Image", "Video", "Audio"];

    /// <summary>FileInfos[].Usage; <c>FirstFrame</c> is the default.</summary>
    public static readonly IReadOnlyList<string> FileUsage = ["FirstFrame", "Reference", "LastFrame"];

    /// <summary>FileInfos[].ReferenceType: asset/style (GV), feature/base (Kling video), subject/background (PixVerse).</summary>
    public static readonly IReadOnlyList<string> ReferenceType = ["asset", "style", "feature", "base", "subject", "background"];

    /// <summary>The Vidu effect-template scene, served by <c>POST /tencent-vod/v1/template-effect</c>.</summary>
    public const string TemplateEffectScene = "template_effect";

    /// <summary>FileInfos[].Usage value for a first frame (the default).</summary>
    public const string FirstFrameUsage = "FirstFrame";

    /// <summary>FileInfos[].Usage value for a last frame.</summary>
    public const string LastFrameUsage = "LastFrame";
}
