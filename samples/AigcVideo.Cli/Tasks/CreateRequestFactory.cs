using AigcVideo.Cli.Commands;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// Turns the create options into the generated request. Values are passed through as typed: the enums are open, and
/// the gateway is the authority on which model, version, resolution and duration go together.
/// </summary>
internal static class CreateRequestFactory
{
    public static CreateAigcVideoTaskRequest Create(CreateSettings settings) => new()
    {
        ModelName = settings.Model,
        ModelVersion = settings.ModelVersion,
        Prompt = settings.Prompt,
        NegativePrompt = settings.NegativePrompt,
        SessionId = settings.SessionId,
        TasksPriority = settings.Priority,
        OutputConfig = CreateOutputConfig(settings),
    };

    // Left out entirely when no output option is given, so the gateway applies the model's defaults.
    private static OutputConfig? CreateOutputConfig(CreateSettings settings)
    {
        if (settings.Resolution is null && settings.AspectRatio is null && settings.Duration is null)
        {
            return null;
        }

        // The casts matter: a bare null would be converted through the enums' implicit string operator.
        return new OutputConfig
        {
            Resolution = settings.Resolution is { } resolution ? new Resolution(resolution) : (Resolution?)null,
            AspectRatio = settings.AspectRatio is { } aspectRatio ? new AspectRatio(aspectRatio) : (AspectRatio?)null,
            Duration = settings.Duration,
        };
    }
}
