using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The pauses between queries. They grow while the task keeps its status (a queued task can wait minutes, and
    /// every query counts against the 100/s limit) and drop back to the initial pause when the status changes, since
    /// a task that just started processing or is about to finish is worth watching closely.
    /// </summary>
    internal sealed class PollSchedule
    {
        private readonly AigcVideoTaskOptions _options;
        private TimeSpan _next;
        private string? _lastStatus;

        public PollSchedule(AigcVideoTaskOptions options)
        {
            _options = options;
            _next = options.InitialPollInterval;
        }

        public TimeSpan NextAfter(string status)
        {
            if (_lastStatus is not null && !string.Equals(status, _lastStatus, StringComparison.Ordinal))
            {
                _next = _options.InitialPollInterval;
            }

            _lastStatus = status;
            TimeSpan pause = _next;
            double grown = Math.Min(_next.Ticks * _options.PollBackoffFactor, _options.MaxPollInterval.Ticks);
            _next = TimeSpan.FromTicks((long)grown);
            return pause;
        }
    }
}
