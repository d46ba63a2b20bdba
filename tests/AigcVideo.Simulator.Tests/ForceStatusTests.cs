using System.Net;

namespace AigcVideo.Simulator.Tests;

public sealed class ForceStatusTests
{
    [Fact]
    public async Task Forced_status_replaces_outer_and_inner_status()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();

        gateway.Simulator.ForceStatus(taskId, "SUSPENDED_BY_SPEC_V2");
        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal("SUSPENDED_BY_SPEC_V2", query.Response.GetProperty("Status").GetString());
        Assert.Equal("SUSPENDED_BY_SPEC_V2", query.Task.GetProperty("Status").GetString());
        Assert.False(query.Task.TryGetProperty("Output", out _));

        gateway.Clock.Advance(TimeSpan.FromHours(1));
        ApiResponse later = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("SUSPENDED_BY_SPEC_V2", later.Response.GetProperty("Status").GetString());
    }

    [Fact]
    public async Task Forcing_finish_early_produces_the_output()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();

        gateway.Simulator.ForceStatus(taskId, "FINISH");
        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal("FINISH", query.Task.GetProperty("Status").GetString());
        Assert.Equal(100, query.Task.GetProperty("Progress").GetInt32());
        Assert.Equal("2026-11-23T10:00:00Z", query.Response.GetProperty("FinishTime").GetString());
        string url = query.Task.GetProperty("Output").GetProperty("FileInfos")[0].GetProperty("FileUrl").GetString()!;
        using HttpResponseMessage file = await gateway.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    [Fact]
    public async Task Forcing_aborted_sets_finish_time_without_output()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();
        gateway.Clock.Advance(TestGateway.Waiting + TimeSpan.FromSeconds(1));

        gateway.Simulator.ForceStatus(taskId, "ABORTED");
        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal("ABORTED", query.Response.GetProperty("Status").GetString());
        Assert.Equal("2026-11-23T10:00:03Z", query.Response.GetProperty("FinishTime").GetString());
        Assert.Equal(10, query.Task.GetProperty("Progress").GetInt32());
        Assert.False(query.Task.TryGetProperty("Output", out _));
    }

    [Fact]
    public async Task Forcing_an_unknown_task_throws()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        string taskId = await gateway.CreateTaskAsync();

        Assert.Throws<ArgumentException>(() => gateway.Simulator.ForceStatus("nope", "FINISH"));
        Assert.Throws<ArgumentException>(() => gateway.Simulator.ForceStatus(taskId, ""));
    }
}
