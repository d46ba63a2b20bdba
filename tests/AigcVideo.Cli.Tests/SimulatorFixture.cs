using AigcVideo.Simulator;

namespace AigcVideo.Cli.Tests;

/// <summary>
/// One fast simulator shared by a test class, for tests that must reach it from outside the CLI (force a status,
/// download the file, query a task created by an earlier run).
/// </summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public AigcVideoSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() => Simulator = await AigcVideoSimulator.StartAsync(Cli.FastSimulator);

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}
