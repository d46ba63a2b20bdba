using AigcVideo.Client;
using AigcVideo.Simulator;
using CodeGen.Runtime.Authentication;

namespace CodeGen.IntegrationTests;

/// <summary>A real simulator on 127.0.0.1 per test class, on a clock the tests move.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public AigcVideoSimulator Simulator { get; private set; } = null!;

    public HttpClient HttpClient { get; } = new();

    public ManualClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        Simulator = await AigcVideoSimulator.StartAsync(new SimulatorOptions
        {
            WaitingDuration = TimeSpan.FromSeconds(2),
            ProcessingDuration = TimeSpan.FromSeconds(10),
            TimeProvider = Clock,
            AcceptUnknownModels = true,
        });
    }

    public AigcVideoClient CreateClient(string? apiKey = null) => new(HttpClient, new AigcVideoClientOptions
    {
        BaseAddress = Simulator.BaseAddress,
        AccessTokenProvider = AccessTokenProvider.FromToken(apiKey ?? Simulator.ApiKey),
    });

    public async Task DisposeAsync()
    {
        HttpClient.Dispose();
        await Simulator.DisposeAsync();
    }
}
