using System;
using System.Threading;
using System.Threading.Tasks;

namespace TencentVod.Sdk
{
    /// <summary>
    /// Pauses and deadlines on a <see cref="TimeProvider"/>. net8.0 has these built in; netstandard2.0 gets them from
    /// Microsoft.Bcl.TimeProvider under other names, so the difference stays in this one file.
    /// </summary>
    internal static class Clock
    {
        public static Task Delay(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
            Task.Delay(delay, time, cancellationToken);
#else
            time.Delay(delay, cancellationToken);
#endif

        // Timers take at most uint.MaxValue - 1 ms (about 49 days); tasks are forgotten after 3 days, so a longer
        // timeout means the same as none.
        private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

        /// <summary>A source that cancels after <paramref name="delay"/>; never, for <see cref="Timeout.InfiniteTimeSpan"/>.</summary>
        public static CancellationTokenSource CancelAfter(TimeProvider time, TimeSpan delay) =>
            delay == Timeout.InfiniteTimeSpan || delay > LongestTimer
                ? new CancellationTokenSource()
#if NET8_0_OR_GREATER
                : new CancellationTokenSource(delay, time);
#else
                : time.CreateCancellationTokenSource(delay);
#endif
    }
}
