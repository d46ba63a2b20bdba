namespace AigcVideo.Simulator.Hosting;

/// <summary>
/// A host lifetime that does nothing. The default console lifetime would take over Ctrl+C and SIGTERM of the process
/// that embeds the simulator (a test run, a sample), so the embedding process decides when to stop instead.
/// </summary>
internal sealed class NoConsoleLifetime : IHostLifetime
{
    /// <inheritdoc />
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
