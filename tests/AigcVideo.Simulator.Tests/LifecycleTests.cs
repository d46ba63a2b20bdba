using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AigcVideo.Simulator.Tests;

public sealed partial class LifecycleTests
{
    [Fact]
    public async Task Create_returns_task_id_and_request_id()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = (await gateway.CreateAsync(TestGateway.ValidBody())).AssertOk();

        Assert.Matches(TaskIdPattern(), response.TaskId);
        Assert.True(Guid.TryParse(response.Response.GetProperty("RequestId").GetString(), out _));
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal(["TaskId", "RequestId"], response.Response.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Task_goes_from_waiting_to_processing_to_finish()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();

        ApiResponse waiting = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("AigcVideoTask", waiting.Response.GetProperty("TaskType").GetString());
        Assert.Equal("WAITING", waiting.Response.GetProperty("Status").GetString());
        Assert.Equal("2026-11-23T10:00:00Z", waiting.Response.GetProperty("CreateTime").GetString());
        Assert.False(waiting.Response.TryGetProperty("BeginProcessTime", out _));
        Assert.False(waiting.Response.TryGetProperty("FinishTime", out _));
        Assert.Equal(taskId, waiting.Task.GetProperty("TaskId").GetString());
        Assert.Equal("PROCESSING", waiting.Task.GetProperty("Status").GetString());
        Assert.Equal(0, waiting.Task.GetProperty("Progress").GetInt32());
        Assert.Equal(0, waiting.Task.GetProperty("ErrCode").GetInt64());
        Assert.Equal(string.Empty, waiting.Task.GetProperty("ErrCodeExt").GetString());
        Assert.Equal(string.Empty, waiting.Task.GetProperty("Message").GetString());
        Assert.False(waiting.Task.TryGetProperty("Output", out _));

        gateway.Clock.Advance(TestGateway.Waiting + (TestGateway.Processing / 2));
        ApiResponse processing = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("PROCESSING", processing.Response.GetProperty("Status").GetString());
        Assert.Equal("2026-11-23T10:00:02Z", processing.Response.GetProperty("BeginProcessTime").GetString());
        Assert.False(processing.Response.TryGetProperty("FinishTime", out _));
        Assert.Equal("PROCESSING", processing.Task.GetProperty("Status").GetString());
        int progress = processing.Task.GetProperty("Progress").GetInt32();
        Assert.InRange(progress, 1, 99);
        Assert.Equal(50, progress);
        Assert.False(processing.Task.TryGetProperty("Output", out _));

        gateway.Clock.Advance(TestGateway.Processing / 2);
        ApiResponse finished = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("FINISH", finished.Response.GetProperty("Status").GetString());
        Assert.Equal("2026-11-23T10:00:12Z", finished.Response.GetProperty("FinishTime").GetString());
        Assert.Equal("FINISH", finished.Task.GetProperty("Status").GetString());
        Assert.Equal(100, finished.Task.GetProperty("Progress").GetInt32());
        JsonElement file = Assert.Single(finished.Task.GetProperty("Output").GetProperty("FileInfos").EnumerateArray().ToArray());
        Assert.Equal("Temporary", file.GetProperty("StorageMode").GetString());
        Assert.Equal("mp4", file.GetProperty("FileType").GetString());
        Assert.Equal(new Uri(gateway.Simulator.BaseAddress, $"files/{taskId}.mp4").AbsoluteUri, file.GetProperty("FileUrl").GetString());
        Assert.Equal("2026-11-30T10:00:12Z", file.GetProperty("ExpireTime").GetString());
        Assert.False(file.TryGetProperty("FileId", out _));
    }

    [Fact]
    public async Task Progress_grows_linearly_while_processing()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();
        gateway.Clock.Advance(TestGateway.Waiting);

        var seen = new List<int>();
        for (int step = 0; step < 10; step++)
        {
            ApiResponse response = (await gateway.QueryAsync(taskId)).AssertOk();
            Assert.Equal("PROCESSING", response.Response.GetProperty("Status").GetString());
            seen.Add(response.Task.GetProperty("Progress").GetInt32());
            gateway.Clock.Advance(TestGateway.Processing / 10);
        }

        Assert.Equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90], seen);
    }

    [Fact]
    public async Task Zero_durations_on_the_system_clock_finish_at_once()
    {
        await using AigcVideoSimulator simulator = await AigcVideoSimulator.StartAsync(new SimulatorOptions
        {
            WaitingDuration = TimeSpan.Zero,
            ProcessingDuration = TimeSpan.Zero,
        });
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", simulator.ApiKey);
        using var content = new StringContent("""{"model_name":"GV","model_version":"3.1","prompt":"waves"}""", System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage created = await http.PostAsync(TestGateway.CreatePath, content);
        string taskId = (await ApiResponse.ReadAsync(created)).AssertOk().TaskId;

        using HttpResponseMessage queried = await http.GetAsync($"tencent-vod/v1/query/{taskId}");
        ApiResponse response = (await ApiResponse.ReadAsync(queried)).AssertOk();

        Assert.Equal("FINISH", response.Response.GetProperty("Status").GetString());
        Assert.Matches(IsoTimePattern(), response.Response.GetProperty("CreateTime").GetString()!);
        Assert.Matches(IsoTimePattern(), response.Response.GetProperty("FinishTime").GetString()!);
    }

    [Fact]
    public async Task Unknown_task_id_is_invalid_parameter_value_task_id()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.QueryAsync("1500000001-AigcVideo-00000000000000000000000000000000");

        response.AssertError(HttpStatusCode.BadRequest, "InvalidParameterValue.TaskId");
    }

    [Fact]
    public async Task Tasks_older_than_three_days_are_resource_not_found()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();

        gateway.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        (await gateway.QueryAsync(taskId)).AssertOk();

        gateway.Clock.Advance(TimeSpan.FromSeconds(2));
        (await gateway.QueryAsync(taskId)).AssertError(HttpStatusCode.BadRequest, "ResourceNotFound");
    }

    [Fact]
    public async Task Concurrent_creates_get_distinct_ids()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        string[] ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => gateway.CreateTaskAsync()));

        Assert.Equal(20, ids.Distinct().Count());
        Assert.Equal(20, gateway.Simulator.Requests.Count);
    }

    [GeneratedRegex("^1500000001-AigcVideo-[0-9a-f]{32}$")]
    private static partial Regex TaskIdPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex IsoTimePattern();
}
