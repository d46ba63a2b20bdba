using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// How <c>CreateTaskAsync</c>, <c>WaitForCompletionAsync</c> and <c>CreateAndWaitAsync</c> behave: the polling
    /// schedule, the overall timeout, the clock, and whether requests are checked before they are sent.
    /// </summary>
    public sealed class AigcVideoTaskOptions
    {
        /// <summary>The first pause between two queries, and the pause after the task's status changes. Default 1 s.</summary>
        public TimeSpan InitialPollInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The longest pause between two queries, however long the task takes. Default 10 s.</summary>
        public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>
        /// How much the pause grows after each query that finds the task in the same status. Default 1.5 (1 s, 1.5 s,
        /// 2.25 s, … up to <see cref="MaxPollInterval"/>). 1 polls at a fixed rate.
        /// </summary>
        public double PollBackoffFactor { get; set; } = 1.5;

        /// <summary>
        /// How long to wait for the task to end before throwing <see cref="AigcVideoTimeoutException"/>, counted from the
        /// start of waiting (after the create call, in <c>CreateAndWaitAsync</c>). Default 10 minutes;
        /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits for ever.
        /// </summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

        /// <summary>
        /// How many queries in a row may fail for a passing reason while waiting (<c>RequestLimitExceeded</c>, an HTTP 5xx,
        /// or no connection) before the error is thrown; each is retried after the next pause. Default 3; 0 never retries.
        /// </summary>
        public int MaxQueryRetries { get; set; } = 3;

        /// <summary>The clock for pauses and the timeout; tests pass a manual one so nothing sleeps. Default <see cref="TimeProvider.System"/>.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>
        /// Skips <see cref="AigcVideoClient.Validate"/> before a create, for when the service accepts something the
        /// SDK's rules (the OpenAPI document's constraints and the per-model rules) do not allow yet. The gateway still
        /// checks the request. A client made from generated options with <c>ValidateRequests</c> on still applies the
        /// document's constraints; clients made by the SDK's factory leave them to this switch. Default <see langword="false"/>.
        /// </summary>
        public bool BypassValidation { get; set; }

        /// <summary>Throws an <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
        /// <exception cref="ArgumentException">An interval is not positive, the maximum is below the initial interval, the factor is below 1, or the timeout is not positive.</exception>
        public void Validate()
        {
            if (InitialPollInterval <= TimeSpan.Zero)
            {
                throw new ArgumentException($"{nameof(InitialPollInterval)} must be positive, not {InitialPollInterval}.", nameof(InitialPollInterval));
            }

            if (MaxPollInterval < InitialPollInterval)
            {
                throw new ArgumentException($"{nameof(MaxPollInterval)} ({MaxPollInterval}) must not be below {nameof(InitialPollInterval)} ({InitialPollInterval}).", nameof(MaxPollInterval));
            }

            if (double.IsNaN(PollBackoffFactor) || PollBackoffFactor < 1)
            {
                throw new ArgumentException($"{nameof(PollBackoffFactor)} must be at least 1, not {PollBackoffFactor}.", nameof(PollBackoffFactor));
            }

            if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentException($"{nameof(Timeout)} must be positive or Timeout.InfiniteTimeSpan, not {Timeout}.", nameof(Timeout));
            }

            if (MaxQueryRetries < 0)
            {
                throw new ArgumentException($"{nameof(MaxQueryRetries)} must not be negative, not {MaxQueryRetries}.", nameof(MaxQueryRetries));
            }

            if (TimeProvider is null)
            {
                throw new ArgumentException($"{nameof(TimeProvider)} must not be null.", nameof(TimeProvider));
            }
        }
    }
}
