using System.Collections.Concurrent;
using AigcVideo.Simulator;
using TencentVod.Sdk.Tests.Clock;

namespace TencentVod.Sdk.Tests;

/// <summary>
/// A loopback simulator and an SDK client that share one <see cref="ManualClock"/>, plus a record of every request
/// the client's HttpClient sent (with the clock's time and the Authorization header), so tests can check the polling
/// schedule and that the file host never sees the key.
/// </summary>
internal sealed class SimulatedGateway : IAsyncDisposable
{
    private readonly HttpClient _http;

    private SimulatedGateway(AigcVideoSimulator simulator, ManualClock clock, RecordingHandler handler)
    {
        Simulator = simulator;
        Clock = clock;
        Sent = handler.Sent;
        _http = new HttpClient(handler);
        Client = AigcVideoClient.Create(new TencentVodOptions { ApiKey = simulator.ApiKey, BaseAddress = simulator.BaseAddress }, _http);
    }

    public AigcVideoSimulator Simulator { get; }

    public ManualClock Clock { get; }

    public AigcVideoClient Client { get; }

    public ConcurrentQueue<SentRequest> Sent { get; }

    /// <summary>The SDK's defaults (1 s growing to 10 s, 10 minutes) on the manual clock.</summary>
    public AigcVideoTaskOptions Options(Action<AigcVideoTaskOptions>? change = null)
    {
        var options = new AigcVideoTaskOptions { TimeProvider = Clock };
        change?.Invoke(options);
        return options;
    }

    public static async Task<SimulatedGateway> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var clock = new ManualClock();
        var options = new SimulatorOptions { TimeProvider = clock };
        configure?.Invoke(options);
        AigcVideoSimulator simulator = await AigcVideoSimulator.StartAsync(options);
        return new SimulatedGateway(simulator, clock, new RecordingHandler(clock));
    }

    /// <summary>Runs <paramref name="work"/> to its end, moving the clock from pause to pause.</summary>
    public Task<T> RunAsync<T>(Task<T> work) => ClockPump.RunAsync(Clock, work, TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Simulator.DisposeAsync();
    }

    public sealed record SentRequest(DateTimeOffset At, HttpMethod Method, Uri Uri, string? Authorization);

    private sealed class RecordingHandler(ManualClock clock) : DelegatingHandler(new HttpClientHandler())
    {
        public ConcurrentQueue<SentRequest> Sent { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent.Enqueue(new SentRequest(clock.GetUtcNow(), request.Method, request.RequestUri!, request.Headers.Authorization?.ToString()));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
