using System.Diagnostics;
using System.Net.Sockets;
using AigcVideo.Client;
using AigcVideo.Simulator;
using CodeGen.Runtime.Authentication;
using Xunit.Abstractions;

namespace CodeGen.IntegrationTests.Load;

/// <summary>
/// One client over one HttpClient sends 2,000 concurrent create+query pairs to the simulator, twice. Every call must
/// succeed, the second round must reuse the first round's connections, and memory must not keep growing. The
/// throughput and latencies are printed for docs/benchmarks.md; nothing here asserts on time.
/// </summary>
public sealed class ConcurrentLoadTests : IAsyncLifetime
{
    private const int Pairs = 2000;
    private readonly ITestOutputHelper _output;
    private AigcVideoSimulator _simulator = null!;
    private int _connectionsOpened;

    public ConcurrentLoadTests(ITestOutputHelper output) => _output = output;

    public async Task InitializeAsync()
        => _simulator = await AigcVideoSimulator.StartAsync(new SimulatorOptions { AcceptUnknownModels = true });

    [Fact]
    public async Task Two_thousand_concurrent_pairs_succeed_on_pooled_connections_with_flat_memory()
    {
        using var handler = new SocketsHttpHandler { ConnectCallback = CountingConnectAsync };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2) };
        var client = new AigcVideoClient(http, new AigcVideoClientOptions
        {
            BaseAddress = _simulator.BaseAddress,
            AccessTokenProvider = AccessTokenProvider.FromToken(_simulator.ApiKey),
        });

        RoundResult warmUp = await RunRoundAsync(client);
        int connectionsAfterWarmUp = Volatile.Read(ref _connectionsOpened);
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long workingSetBefore = Process.GetCurrentProcess().WorkingSet64;

        RoundResult measured = await RunRoundAsync(client);
        int connectionsInSecondRound = Volatile.Read(ref _connectionsOpened) - connectionsAfterWarmUp;
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        long workingSetAfter = Process.GetCurrentProcess().WorkingSet64;

        Report("warm-up", warmUp);
        Report("measured", measured);
        _output.WriteLine($"connections opened: {connectionsAfterWarmUp} in the warm-up, {connectionsInSecondRound} in the second round");
        _output.WriteLine($"managed heap {heapBefore / 1048576.0:0.0} MiB -> {heapAfter / 1048576.0:0.0} MiB; working set {workingSetBefore / 1048576.0:0.0} MiB -> {workingSetAfter / 1048576.0:0.0} MiB");

        Assert.Equal(0, warmUp.Failures);
        Assert.Equal(0, measured.Failures);
        // Pooled connections are reused: the second round may top up a few, never open one per request again.
        Assert.True(connectionsInSecondRound <= connectionsAfterWarmUp / 2 + 10, $"{connectionsInSecondRound} new connections in the second round");
        // The simulator keeps every task it created (2,000 more per round); the client itself must keep nothing.
        Assert.True(heapAfter - heapBefore < 48L * 1024 * 1024, $"managed heap grew by {(heapAfter - heapBefore) / 1048576.0:0.0} MiB over one round");
    }

    private async Task<RoundResult> RunRoundAsync(AigcVideoClient client)
    {
        var latencies = new double[Pairs];
        int failures = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Pairs).Select(async i =>
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                CreateTaskResponse created = await client.CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
                {
                    ModelName = ModelName.Kling,
                    ModelVersion = ModelVersion._2_1,
                    Prompt = $"Load pair {i}",
                });
                QueryTaskResponse queried = await client.QueryTaskAsync(created.Response.TaskId!);
                if (queried.Response.AigcVideoTask?.TaskId != created.Response.TaskId)
                {
                    Interlocked.Increment(ref failures);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or CodeGen.Runtime.Errors.ApiException or IOException or TaskCanceledException)
            {
                Interlocked.Increment(ref failures);
                _output.WriteLine($"pair {i}: {exception.GetType().Name}: {exception.Message}");
            }

            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }));
        wall.Stop();
        Array.Sort(latencies);
        return new RoundResult(failures, wall.Elapsed, latencies[Pairs / 2], latencies[(int)(Pairs * 0.99)]);
    }

    private void Report(string round, RoundResult result)
        => _output.WriteLine($"{round}: {Pairs} pairs ({2 * Pairs} calls) in {result.Wall.TotalSeconds:0.00} s = {2 * Pairs / result.Wall.TotalSeconds:0} calls/s; pair latency p50 {result.P50:0} ms, p99 {result.P99:0} ms; failures {result.Failures}");

    private async ValueTask<Stream> CountingConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connectionsOpened);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    private sealed record RoundResult(int Failures, TimeSpan Wall, double P50, double P99);
}
