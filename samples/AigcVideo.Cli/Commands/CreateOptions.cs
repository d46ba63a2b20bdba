using System.CommandLine;
using System.CommandLine.Parsing;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Commands;

/// <summary>
/// The options of the create command. Built once for the root command and once for <c>create</c>, since the root runs
/// the same action when no subcommand is given. Model, version, resolution and aspect ratio are open values: the
/// known ones are listed in the help, and the gateway rejects what it does not accept.
/// </summary>
internal sealed class CreateOptions
{
    public const string DefaultPrompt =
        "A red fox trots through a snowy birch forest at sunrise, soft golden light, gentle breath vapour, cinematic slow motion";

    private static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    // The simulator and the query API both forget a task after 3 days, so longer waits are pointless.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(3);

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

    private readonly Option<string?> _sessionId = new("--session-id")
    {
        Description = "Deduplication key, at most 50 characters; reusing one within 3 days is rejected.",
    };

    private readonly Option<int?> _priority = new("--priority")
    {
        Description = "Task priority from -10 to 10; higher runs first.",
    };

    private readonly Option<bool> _noWait = new("--no-wait")
    {
        Description = "Print the task id and exit without waiting for the video.",
    };

    private readonly Option<TimeSpan?> _pollInterval = new("--poll-interval")
    {
        Description = $"How often to query the task while waiting, e.g. 500ms, 2s (default {DurationText.Format(DefaultPollInterval)}).",
        HelpName = "duration",
        CustomParser = ParseDuration,
    };

    private readonly Option<TimeSpan?> _timeout = new("--timeout")
    {
        Description = $"Give up (exit code 4) if the task has not ended after this long, e.g. 90s, 30m (default {DurationText.Format(DefaultTimeout)}).",
        HelpName = "duration",
        CustomParser = ParseDuration,
    };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _model, _modelVersion, _prompt, _negativePrompt, _resolution, _aspectRatio, _duration, _sessionId, _priority, _noWait, _pollInterval, _timeout })
        {
            command.Options.Add(option);
        }
    }

    public CreateSettings Bind(ParseResult result) => new(
        result.GetRequiredValue(_model),
        result.GetRequiredValue(_modelVersion),
        result.GetRequiredValue(_prompt),
        result.GetValue(_negativePrompt),
        result.GetValue(_resolution),
        result.GetValue(_aspectRatio),
        result.GetValue(_duration),
        result.GetValue(_sessionId),
        result.GetValue(_priority),
        result.GetValue(_noWait),
        result.GetValue(_pollInterval) ?? DefaultPollInterval,
        result.GetValue(_timeout) ?? DefaultTimeout);

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DurationText.TryParse(text, out TimeSpan duration) && duration > TimeSpan.Zero && duration <= LongestWait)
        {
            return duration;
        }

        string name = result.Parent is OptionResult option ? option.Option.Name : "duration";
        result.AddError($"{name} must be a positive duration of at most 3 days, such as 500ms, 2s, 10m or 1h (got '{text}').");
        return null;
    }

    private static string Known<T>(IEnumerable<T> values) => string.Join(", ", values);
}
