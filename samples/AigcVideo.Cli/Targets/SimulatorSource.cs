using AigcVideo.Simulator;

namespace AigcVideo.Cli.Targets;

/// <summary>
/// Supplies the local simulator used when no <c>--base-url</c> is given. The CLI normally starts (and stops) its own;
/// tests either shorten its clock or hand in one they started, to reach states such as ABORTED.
/// </summary>
internal abstract class SimulatorSource
{
    /// <summary>Starts a fresh simulator per command and stops it afterwards.</summary>
    public static SimulatorSource StartNew(SimulatorOptions? options = null) => new Owned(options);

    /// <summary>Uses a simulator the caller runs; the CLI never stops it.</summary>
    public static SimulatorSource Use(AigcVideoSimulator simulator) => new Borrowed(simulator);

    /// <summary>Returns a running simulator and what to do once the command is over.</summary>
    public abstract Task<(AigcVideoSimulator Simulator, IAsyncDisposable Release)> AcquireAsync(CancellationToken cancellationToken);

    private sealed class Owned(SimulatorOptions? options) : SimulatorSource
    {
        public override async Task<(AigcVideoSimulator, IAsyncDisposable)> AcquireAsync(CancellationToken cancellationToken)
        {
            AigcVideoSimulator simulator = await AigcVideoSimulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
            return (simulator, simulator);
        }
    }

    private sealed class Borrowed(AigcVideoSimulator simulator) : SimulatorSource
    {
        public override Task<(AigcVideoSimulator, IAsyncDisposable)> AcquireAsync(CancellationToken cancellationToken) =>
            Task.FromResult<(AigcVideoSimulator, IAsyncDisposable)>((simulator, NothingToRelease.Instance));
    }

    private sealed class NothingToRelease : IAsyncDisposable
    {
        public static readonly NothingToRelease Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
