namespace TencentVod.Sdk.Tests.Clock;

/// <summary>
/// Runs code that waits on a <see cref="ManualClock"/> to its end: whenever a timer is pending within
/// <paramref name="horizon"/> (the SDK's pauses are never longer than its MaxPollInterval), the clock jumps to it.
/// A timer further away (the overall timeout) is reached only by jumping from pause to pause, as real time would.
/// </summary>
internal static class ClockPump
{
    // Only guards against a hung test; no test relies on it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static async Task<T> RunAsync<T>(ManualClock clock, Task<T> work, TimeSpan horizon)
    {
        Task guard = Task.Delay(HangGuard);
        while (true)
        {
            Task timersChanged = clock.TimersChanged();
            if (work.IsCompleted)
            {
                return await work;
            }

            if (clock.EarliestDue is { } due && due <= clock.GetUtcNow() + horizon)
            {
                clock.AdvanceTo(due);
                continue;
            }

            if (await Task.WhenAny(work, timersChanged, guard) == guard)
            {
                throw new TimeoutException("The code under test neither finished nor scheduled a timer.");
            }
        }
    }

    public static async Task RunAsync(ManualClock clock, Task work, TimeSpan horizon) =>
        await RunAsync(clock, WithResult(work), horizon);

    private static async Task<bool> WithResult(Task work)
    {
        await work;
        return true;
    }
}
