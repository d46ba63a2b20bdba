using AigcVideo.Cli.Commands;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// Turns the create options into the generated request. Values are passed through as typed: the enums are open, and
/// the SDK's validation and then the gateway decide which model, version, resolution and duration go together.
/// </summary>
internal static class CreateRequestFactory
{
    public static CreateAigcVideoTaskRequest Create(CreateSettings settings) => new()
    {
        ModelName = settings.Model,
        ModelVersion = settings.ModelVersion,
        Prompt = settings.Prompt,
        NegativePrompt = settings.NegativePrompt,
        FileInfos = CreateFileInfos(settings),

        // A last frame by URL goes in the long-standing LastFrameUrl field; a local one can only travel inline, as a
        // FileInfos item with Usage LastFrame.
        LastFrameUrl = settings.LastFrame is { } last && ImageInput.IsUrl(last) ? last : null,
        SessionId = settings.SessionId,
        TasksPriority = settings.Priority,
        OutputConfig = CreateOutputConfig(settings),
    };

    private static List<InputFileInfo>? CreateFileInfos(CreateSettings settings)
    {
        var items = new List<InputFileInfo>();
        if (settings.FirstFrame is { } first)
        {
            items.Add(ImageInput.Create("--first-frame", first, FileUsage.FirstFrame));
        }

        items.AddRange(settings.ReferenceImages.Select(image => ImageInput.Create("--reference-image", image, FileUsage.Reference)));
        if (settings.LastFrame is { } last && !ImageInput.IsUrl(last))
        {
            items.Add(ImageInput.Create("--last-frame", last, FileUsage.LastFrame));
        }

        return items.Count == 0 ? null : items;
    }

    // Left out entirely when no output option is given, so the gateway applies the model's defaults.
    private static OutputConfig? CreateOutputConfig(CreateSettings settings)
    {
        if (settings.Resolution is null && settings.AspectRatio is null && settings.Duration is null && !settings.Audio)
        {
            return null;
        }

        // The casts matter: a bare null would be converted through the enums' implicit string operator.
        return new OutputConfig
        {
            Resolution = settings.Resolution is { } resolution ? new Resolution(resolution) : (Resolution?)null,
            AspectRatio = settings.AspectRatio is { } aspectRatio ? new AspectRatio(aspectRatio) : (AspectRatio?)null,
            Duration = settings.Duration,
            AudioGeneration = settings.Audio ? Switch.Enabled : (Switch?)null,
        };
    }
}
