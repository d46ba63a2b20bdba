using System.Collections.Concurrent;

namespace TencentVod.Sdk.Tests.Lifecycle;

/// <summary>
/// An <see cref="IProgress{T}"/> that records reports on the reporting thread (<see cref="Progress{T}"/> would post
/// them to the thread pool, so a test could look before they arrive), optionally acting on each one.
/// </summary>
internal sealed class SynchronousProgress(Action<AigcVideoTaskProgress>? onReport = null) : IProgress<AigcVideoTaskProgress>
{
    public ConcurrentQueue<AigcVideoTaskProgress> Reports { get; } = new();

    public void Report(AigcVideoTaskProgress value)
    {
        Reports.Enqueue(value);
        onReport?.Invoke(value);
    }
}
