namespace AigcVideo.Simulator.Hosting;

/// <summary>Every request the simulator received, in arrival order. Thread-safe.</summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    /// <summary>Appends <paramref name="request"/>.</summary>
    public void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    /// <summary>A copy of the requests recorded so far.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return _requests.ToArray();
        }
    }
}
