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

    /// <summary>Whether <paramref name="version"/> is one of <see cref="Versions"/> (exact spelling).</summary>
    public bool IsKnownVersion(string version) => Versions.Contains(version, StringComparer.Ordinal);

    /// <summary>The <c>output_config</c> limits of a known <paramref name="version"/>.</summary>
    public abstract OutputRules OutputFor(string version);
}
