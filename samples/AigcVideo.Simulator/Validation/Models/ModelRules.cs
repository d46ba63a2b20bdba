namespace AigcVideo.Simulator.Validation.Models;

/// <summary>What the reference says about one <c>model_name</c>: its versions and its per-model limits.</summary>
internal abstract class ModelRules
{
    /// <summary>Declares model <paramref name="name"/> with its current <paramref name="versions"/> (reference §4).</summary>
    protected ModelRules(string name, params string[] versions)
    {
        Name = name;
        Versions = versions;
    }

    /// <summary>The <c>model_name</c> value, e.g. <c>Kling</c>.</summary>
    public string Name { get; }

    /// <summary>The valid <c>model_version</c> values.</summary>
    public IReadOnlyList<string> Versions { get; }

    /// <summary>The <c>scene_type</c> values this model accepts on <c>POST /tencent-vod/v1/aigc-video</c>; empty when none.</summary>
    public virtual IReadOnlyList<string> SceneTypes => [];

    /// <summary>How the model uses <c>subject_infos</c>, or <see langword="null"/> when it does not accept them.</summary>
    public virtual SubjectRules? Subjects => null;

    /// <summary>The <c>file_infos[].reference_type</c> values this model accepts (reference §1.2); empty when none.</summary>
    public virtual IReadOnlyList<string> ReferenceTypes => [];

    /// <summary>The <c>file_infos[].category</c> an item needs to carry a <c>reference_type</c>, or <see langword="null"/> for any.</summary>
    public virtual string? ReferenceTypeCategory => null;

    /// <summary>Whether <c>file_infos[].object_id</c> (a subject id) is accepted: Vidu only (reference §1.2).</summary>
    public virtual bool AcceptsObjectIds => false;

    /// <summary>Whether <c>file_infos[].text</c> (an image name) is accepted: PixVerse only (reference §1.2).</summary>
    public virtual bool AcceptsFileText => false;

    /// <summary>Whether <c>file_infos[].voice_id</c> is accepted on <paramref name="version"/>: Vidu q2 only (reference §1.2).</summary>
    public virtual bool AcceptsFileVoiceIds(string version) => false;

    /// <summary>Whether <c>subject_infos[].video_urls</c> is accepted on <paramref name="version"/>: Vidu q2-pro only (reference §1.3).</summary>
    public virtual bool AcceptsSubjectVideos(string version) => false;

    /// <summary>Whether <c>ext_info.AdditionalParameters.multi_shot</c> is available: Kling 3.0 and 3.0-Omni (reference §1.6).</summary>
    public virtual bool SupportsMultiShot(string version) => false;

    /// <summary>
    /// How many image items <c>file_infos</c> may hold: the gateway's doc says up to 3, and 1 to 7 for Vidu q2
    /// (reference §1.5, §1.6; the current official doc states no limit).
    /// </summary>
    public virtual int MaxImages(string version) => 3;

    /// <summary>
    /// Why this model cannot take a last frame with <paramref name="version"/> at <paramref name="resolution"/> next to
    /// <paramref name="otherImages"/> other images, or <see langword="null"/> when it can. The gateway's doc keeps the rule of Tencent's docs before 2026-03-25: only GV,
    /// Kling 2.1 at 1080P and Vidu q2-pro / q2-turbo (reference §1.5, §5.3).
    /// </summary>
    public virtual string? LastFrameProblem(string version, string? resolution, int otherImages) =>
        $"{Name} does not accept a last frame; only GV, Kling 2.1 at 1080P and Vidu q2-pro / q2-turbo do.";

    /// <summary>Whether <paramref name="version"/> is one of <see cref="Versions"/> (exact spelling).</summary>
    public bool IsKnownVersion(string version) => Versions.Contains(version, StringComparer.Ordinal);

    /// <summary>The <c>output_config</c> limits of a known <paramref name="version"/>.</summary>
    public abstract OutputRules OutputFor(string version);
}
