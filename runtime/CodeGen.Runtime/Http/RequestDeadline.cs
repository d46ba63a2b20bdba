using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Carries <see cref="HttpClient.Timeout"/> past the response headers. Clients read bodies after
/// <see cref="HttpCompletionOption.ResponseHeadersRead"/>, where HttpClient's own timeout no longer applies, so a
/// server that sends headers and then stalls would otherwise hang the call for as long as the caller lets it.
/// </summary>
internal static class RequestDeadline
{
    private const string Key = "CodeGen.Runtime.Deadline";

    /// <summary>Records when the whole call must be over, if the client has a finite timeout.</summary>
    public static void Start(HttpRequestMessage request, TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan || timeout <= TimeSpan.Zero)
        {
            return;
        }

        var deadline = new Deadline(Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency), timeout);
#if NETSTANDARD2_0
        request.Properties[Key] = deadline;
#else
        request.Options.Set(new HttpRequestOptionsKey<Deadline>(Key), deadline);
#endif
    }

    /// <summary>A token that also fires when the call's deadline passes; <see langword="null"/> when there is none.</summary>
    public static CancellationTokenSource? Link(HttpRequestMessage? request, CancellationToken cancellationToken, out TimeSpan timeout)
    {
        timeout = default;
        if (request is null || !TryGet(request, out Deadline deadline))
        {
            return null;
        }

        timeout = deadline.Timeout;
        long remainingTicks = deadline.Timestamp - Stopwatch.GetTimestamp();
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(TimeSpan.FromSeconds(Math.Max(0, remainingTicks) / (double)Stopwatch.Frequency));
        return source;
    }

    /// <summary>The same exception HttpClient throws when its timeout elapses, so callers need one catch for both.</summary>
    public static TaskCanceledException TimedOut(TimeSpan timeout, Exception inner)
        => new(
            $"The request was canceled due to the configured HttpClient.Timeout of {timeout.TotalSeconds} seconds elapsing while the response body was read.",
            new TimeoutException(inner.Message, inner));

    private static bool TryGet(HttpRequestMessage request, out Deadline deadline)
    {
#if NETSTANDARD2_0
        if (request.Properties.TryGetValue(Key, out object? value) && value is Deadline found)
        {
            deadline = found;
            return true;
        }

        deadline = default;
        return false;
#else
        return request.Options.TryGetValue(new HttpRequestOptionsKey<Deadline>(Key), out deadline);
#endif
    }

    private readonly struct Deadline
    {
        public Deadline(long timestamp, TimeSpan timeout)
        {
            Timestamp = timestamp;
            Timeout = timeout;
        }

        public long Timestamp { get; }

        public TimeSpan Timeout { get; }
    }
}
