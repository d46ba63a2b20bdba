using TencentVod.Sdk;

namespace AigcVideo.Cli.Commands;

/// <summary>How to wait for a task: the first and the longest pause between queries, and when to give up.</summary>
internal sealed record WaitSettings(TimeSpan PollInterval, TimeSpan MaxPollInterval, TimeSpan Timeout, bool BypassValidation = false)
{
    public AigcVideoTaskOptions ToTaskOptions() => new()
    {
        InitialPollInterval = PollInterval,

        // A --poll-interval above the default ceiling means "poll this slowly", not an error.
        MaxPollInterval = MaxPollInterval < PollInterval ? PollInterval : MaxPollInterval,
        Timeout = Timeout,
        BypassValidation = BypassValidation,
    };
}
