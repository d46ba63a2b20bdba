using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Payloads;

namespace CodeGen.Benchmarks.Runtime;

/// <summary>
/// One create-task call and one query call (a finished task with its output), per client, over the transport a
/// subclass provides. The baseline is the hand-written floor; every client receives the same response bytes.
/// </summary>
[Config(typeof(ShortBenchmarkConfig))]
public abstract class ClientCallBenchmarks
{
    private PeerClients _peers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _peers = CreatePeers();
        PeerCallCheck.Verify(_peers);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _peers.Dispose();
        Stop();
    }

    [Benchmark(Baseline = true, Description = "floor: hand-written")]
    [BenchmarkCategory("create-task")]
    public Task<Peers.Dtos.CreateTaskResponseDto> CreateFloor() => _peers.Floor.CreateAigcVideoTaskAsync(_peers.DtoRequest);

    [Benchmark(Description = "ours: generated client")]
    [BenchmarkCategory("create-task")]
    public Task<TencentVod.Sdk.CreateTaskResponse> CreateOurs() => _peers.Ours.CreateAigcVideoTaskAsync(_peers.OurRequest);

    [Benchmark(Description = "NSwag 14.8 (STJ)")]
    [BenchmarkCategory("create-task")]
    public Task<Peers.NSwag.Generated.CreateTaskResponse> CreateNSwag() => _peers.NSwag.CreateAigcVideoTaskAsync(_peers.NSwagRequest);

    [Benchmark(Description = "Refit (STJ source gen)")]
    [BenchmarkCategory("create-task")]
    public Task<Peers.Dtos.CreateTaskResponseDto> CreateRefit() => _peers.Refit.CreateAigcVideoTaskAsync(_peers.DtoRequest);

    [Benchmark(Baseline = true, Description = "floor: hand-written")]
    [BenchmarkCategory("query")]
    public Task<Peers.Dtos.QueryTaskResponseDto> QueryFloor() => _peers.Floor.QueryTaskAsync(Payload.TaskId);

    [Benchmark(Description = "ours: generated client")]
    [BenchmarkCategory("query")]
    public Task<TencentVod.Sdk.QueryTaskResponse> QueryOurs() => _peers.Ours.QueryTaskAsync(Payload.TaskId);

    [Benchmark(Description = "NSwag 14.8 (STJ)")]
    [BenchmarkCategory("query")]
    public Task<Peers.NSwag.Generated.QueryTaskResponse> QueryNSwag() => _peers.NSwag.QueryTaskAsync(Payload.TaskId);

    [Benchmark(Description = "Refit (STJ source gen)")]
    [BenchmarkCategory("query")]
    public Task<Peers.Dtos.QueryTaskResponseDto> QueryRefit() => _peers.Refit.QueryTaskAsync(Payload.TaskId);

    private protected abstract PeerClients CreatePeers();

    private protected virtual void Stop()
    {
    }
}
