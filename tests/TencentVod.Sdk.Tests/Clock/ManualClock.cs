namespace TencentVod.Sdk.Tests.Clock;

/// <summary>
/// A clock that only moves when a test says so. It drives both the simulator and the SDK's waiting, so a task's
/// lifecycle and the SDK's pauses and timeouts follow the same time and no test sleeps.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private TaskCompletionSource _timersChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes the next time a timer is scheduled, changed or removed.</summary>
    public Task TimersChanged()
    {
        lock (_gate)
        {
            return _timersChanged.Task;
        }
    }

    /// <summary>When the earliest pending timer fires, if any is pending.</summary>
    public DateTimeOffset? EarliestDue
    {
        get
        {
            lock (_gate)
            {
                return _timers.Where(t => t.Due is not null).Select(t => t.Due).Min();
            }
        }
    }

    /// <summary>Moves the clock to <paramref name="when"/>, firing every timer due by then in order.</summary>
    public void AdvanceTo(DateTimeOffset when)
    {
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due is { } due && due <= when).OrderBy(t => t.Due).FirstOrDefault();
                if (next is null)
                {
                    _now = when > _now ? when : _now;
                    return;
                }

                _now = next.Due!.Value > _now ? next.Due.Value : _now;
                next.Due = next.Period is { } period ? _now + period : null;
            }

            // Outside the lock: the callback may run the code under test up to its next await.
            next.Fire();
        }
    }

    public void Advance(TimeSpan by) => AdvanceTo(GetUtcNow() + by);

    internal void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            timer.Due = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            timer.Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
            if (!_timers.Contains(timer))
            {
                _timers.Add(timer);
            }

            changed = _timersChanged;
            _timersChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    internal void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }
}
