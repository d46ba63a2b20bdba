using CodeGen.Generator.Pipeline;

namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>One spec handed to the generator as an AdditionalFile, with its per-file metadata.</summary>
/// <param name="Path">The AdditionalFile path.</param>
/// <param name="Text">Its content.</param>
/// <param name="Namespace">The <c>CodeGen_Namespace</c> metadata.</param>
/// <param name="ClientName">The <c>CodeGen_ClientName</c> metadata.</param>
/// <param name="OptIn">The <c>CodeGen_OpenApi</c> metadata.</param>
/// <param name="GroupByTag">The <c>CodeGen_GroupByTag</c> metadata.</param>
internal sealed record SpecFile(string Path, string Text, string? Namespace = null, string? ClientName = null, string? OptIn = null, string? GroupByTag = null)
{
    /// <summary>The real spec under a fixed virtual path, so nothing machine-specific reaches the output.</summary>
    public static SpecFile AigcVideo() => new("/repo/spec/aigc-video.openapi.yaml", File.ReadAllText(RepoPaths.AigcVideoSpec), Namespace: "AigcVideo.Client");

    /// <summary>More per-file metadata, keyed as the compiler sees it (e.g. <see cref="SpecInputReader.IncludeTagsMetadata"/>).</summary>
    public IReadOnlyDictionary<string, string>? ExtraMetadata { get; init; }

    public IReadOnlyDictionary<string, string> Metadata()
    {
        var metadata = ExtraMetadata is null ? new Dictionary<string, string>() : new Dictionary<string, string>(ExtraMetadata);
        Add(SpecInputReader.NamespaceMetadata, Namespace);
        Add(SpecInputReader.ClientNameMetadata, ClientName);
        Add(SpecInputReader.OptInMetadata, OptIn);
        Add(SpecInputReader.GroupByTagMetadata, GroupByTag);
        return metadata;

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                metadata[key] = value;
            }
        }
    }
}
