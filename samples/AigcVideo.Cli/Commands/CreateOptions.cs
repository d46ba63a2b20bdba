using System.CommandLine;
using System.CommandLine.Parsing;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Commands;

/// <summary>
/// The options of the create command. Built once for the root command and once for <c>create</c>, since the root runs
/// the same action when no subcommand is given. Model, version, resolution and aspect ratio are open values: the
/// known ones are listed in the help, the SDK checks the per-model rules (<c>--skip-validation</c> turns that off) and
/// the gateway has the last word.
/// </summary>
internal sealed class CreateOptions
{
    public const string DefaultPrompt =
        "A red fox trots through a snowy birch forest at sunrise, soft golden light, gentle breath vapour, cinematic slow motion";

    private const string ImageHelp = "An https URL, or a local jpeg/png/webp file sent inline as Base64 (at most 7 MB for all files together)";

    private readonly Option<string> _model = new("--model")
    {
        Description = $"The model family. Known: {Known(ModelName.KnownValues)}.",
        DefaultValueFactory = _ => ModelName.Kling.Value,
    };

    private readonly Option<string> _modelVersion = new("--model-version")
    {
        Description = "The model version, e.g. 2.1 for Kling or q2-pro for Vidu.",
        DefaultValueFactory = _ => ModelVersion._2_1.Value,
    };

    private readonly Option<string> _prompt = new("--prompt")
    {
        Description = "What the video should show.",
        DefaultValueFactory = _ => DefaultPrompt,
    };

    private readonly Option<string?> _negativePrompt = new("--negative-prompt") { Description = "What the video should avoid." };

    private readonly Option<string?> _resolution = new("--resolution")
    {
        Description = $"Output resolution. Known: {Known(Resolution.KnownValues)} (which ones a model takes varies).",
    };

    private readonly Option<string?> _aspectRatio = new("--aspect-ratio")
    {
        Description = $"Output aspect ratio. Known: {Known(AspectRatio.KnownValues)}.",
    };

    private readonly Option<float?> _duration = new("--duration")
    {
        Description = "Video length in seconds (the allowed range depends on the model).",
        HelpName = "seconds",
    };

    private readonly Option<bool> _audio = new("--audio")
    {
        Description = "Generate sound with the video (GV, OS, Vidu and Kling).",
    };

    private readonly Option<string?> _firstFrame = new("--first-frame")
    {
        Description = $"The image the video starts from. {ImageHelp}.",
        HelpName = "url-or-file",
    };

    private readonly Option<string[]> _referenceImages = new("--reference-image")
    {
        Description = $"A reference image; repeat for several. {ImageHelp}.",
        HelpName = "url-or-file",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _lastFrame = new("--last-frame")
    {
        Description = $"The image the video ends on; needs --first-frame. {ImageHelp}.",
        HelpName = "url-or-file",
    };

    private readonly Option<string?> _sessionId = new("--session-id")
    {
        Description = "Deduplication key, at most 50 characters; reusing one within 3 days is rejected.",
    };

    private readonly Option<int?> _priority = new("--priority")
    {
        Description = "Task priority from -10 to 10; higher runs first.",
    };

    private readonly Option<bool> _wait = new("--wait")
    {
        Description = "Wait for the video and print its URL (the default).",
    };

    private readonly Option<bool> _noWait = new("--no-wait")
    {
        Description = "Print the task id and exit without waiting for the video.",
    };

    private readonly Option<bool> _skipValidation = new("--skip-validation")
    {
        Description = "Send the request even if it breaks the SDK's per-model rules (for when the service moved ahead of them).",
    };

    private readonly WaitOptions _waitOptions = new();
    private readonly DownloadOptions _downloadOptions = new(alwaysDownload: false);

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _model, _modelVersion, _prompt, _negativePrompt, _resolution, _aspectRatio, _duration, _audio, _firstFrame, _referenceImages, _lastFrame, _sessionId, _priority, _wait, _noWait, _skipValidation })
        {
            command.Options.Add(option);
        }

        _waitOptions.AddTo(command);
        _downloadOptions.AddTo(command);
        command.Validators.Add(RejectContradictions);
    }

    public CreateSettings Bind(ParseResult result) => new(
        result.GetRequiredValue(_model),
        result.GetRequiredValue(_modelVersion),
        result.GetRequiredValue(_prompt),
        result.GetValue(_negativePrompt),
        result.GetValue(_resolution),
        result.GetValue(_aspectRatio),
        result.GetValue(_duration),
        result.GetValue(_audio),
        result.GetValue(_firstFrame),
        result.GetValue(_referenceImages) ?? [],
        result.GetValue(_lastFrame),
        result.GetValue(_sessionId),
        result.GetValue(_priority),
        result.GetValue(_noWait),
        _waitOptions.Bind(result, result.GetValue(_skipValidation)),
        _downloadOptions.Bind(result));

    // Caught at parse time so the user hears about it before a task is created (and paid for).
    private void RejectContradictions(CommandResult result)
    {
        if (result.GetValue(_noWait) && result.GetValue(_wait))
        {
            result.AddError("--wait and --no-wait contradict each other.");
        }

        if (result.GetValue(_noWait) && _downloadOptions.IsRequested(result))
        {
            result.AddError("--download and --output need to wait for the video; leave out --no-wait.");
        }
    }

    private static string Known<T>(IEnumerable<T> values) => string.Join(", ", values);
}
