using System.CommandLine;

namespace AigcVideo.Cli.Commands;

/// <summary><c>--poll-interval</c>, <c>--max-poll-interval</c> and <c>--timeout</c>, for every command that waits.</summary>
internal sealed class WaitOptions
{
    private static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DefaultMaxPollInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    private readonly Option<TimeSpan?> _pollInterval = DurationOption.Create(
        "--poll-interval",
        $"The first pause between queries while waiting, e.g. 500ms, 2s (default {DurationText.Format(DefaultPollInterval)}); it grows while the status stays the same.");

    private readonly Option<TimeSpan?> _maxPollInterval = DurationOption.Create(
        "--max-poll-interval",
        $"The longest pause between queries (default {DurationText.Format(DefaultMaxPollInterval)}).");

    private readonly Option<TimeSpan?> _timeout = DurationOption.Create(
        "--timeout",
        $"Give up (exit code 4) if the task has not ended after this long, e.g. 90s, 30m (default {DurationText.Format(DefaultTimeout)}).");

    public void AddTo(Command command)
    {
        command.Options.Add(_pollInterval);
        command.Options.Add(_maxPollInterval);
        command.Options.Add(_timeout);
    }

    public WaitSettings Bind(ParseResult result, bool bypassValidation = false) => new(
        result.GetValue(_pollInterval) ?? DefaultPollInterval,
        result.GetValue(_maxPollInterval) ?? DefaultMaxPollInterval,
        result.GetValue(_timeout) ?? DefaultTimeout,
        bypassValidation);
}
