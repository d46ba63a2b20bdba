namespace AigcVideo.Simulator.Faults;

/// <summary>
/// A sliding one-second window on the simulated clock: at most <see cref="PerSecond"/> requests are admitted in any
/// second. Rejected requests do not count, as a client that backs off must be able to get in again. Thread-safe.
/// </summary>
internal sealed class RateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly object _gate = new();
    private readonly Queue<DateTimeOffset> _admitted = new();

    /// <summary>Creates a limiter admitting <paramref name="perSecond"/> requests per second.</summary>
    public RateLimiter(int perSecond)
    {
        PerSecond = perSecond;
    }

    /// <summary>The limit.</summary>
    public int PerSecond { get; }

    /// <summary>Admits a request at <paramref name="now"/> if the window has room.</summary>
    public bool TryAdmit(DateTimeOffset now)
    {
        lock (_gate)
        {
            while (_admitted.Count > 0 && now - _admitted.Peek() >= Window)
            {
                _admitted.Dequeue();
            }

            if (_admitted.Count >= PerSecond)
            {
                return false;
            }

            _admitted.Enqueue(now);
            return true;
        }
    }
}
