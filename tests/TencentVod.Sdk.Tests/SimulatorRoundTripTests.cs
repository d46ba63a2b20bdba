using AigcVideo.Simulator;
using CodeGen.Runtime.Errors;
using TaskStatus = TencentVod.Sdk.TaskStatus;

namespace TencentVod.Sdk.Tests;

/// <summary>The SDK's factory gives a working client against the loopback simulator.</summary>
public sealed class SimulatorRoundTripTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private AigcVideoSimulator _simulator = null!;

    public async Task InitializeAsync() => _simulator = await AigcVideoSimulator.StartAsync(new SimulatorOptions());

    [Fact]
    public async Task A_client_from_the_factory_creates_and_queries_a_task()
    {
        AigcVideoClient client = AigcVideoClient.Create(new TencentVodOptions { ApiKey = _simulator.ApiKey, BaseAddress = _simulator.BaseAddress }, _http);

        CreateTaskResponse created = await client.CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
        {
            ModelName = ModelName.Kling,
            ModelVersion = "2.1",
            Prompt = "A red fox running through snow at dawn",
        });
        QueryTaskResponse queried = await client.QueryTaskAsync(created.Response.TaskId!);

        Assert.Equal(created.Response.TaskId, queried.Response.AigcVideoTask?.TaskId);
        Assert.Equal(TaskStatus.Waiting, queried.Response.Status);
        Assert.Equal("Bearer " + _simulator.ApiKey, Assert.Single(_simulator.Requests, r => r.Method == "POST").Authorization);
    }

    [Fact]
    public async Task A_wrong_key_is_a_401_api_exception()
    {
        AigcVideoClient client = AigcVideoClient.Create(new TencentVodOptions { ApiKey = "wrong", BaseAddress = _simulator.BaseAddress }, _http);

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => client.QueryTaskAsync("1500000001-AigcVideo-0"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }
}
