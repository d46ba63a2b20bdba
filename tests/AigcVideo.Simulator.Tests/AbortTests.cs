namespace AigcVideo.Simulator.Tests;

public sealed class AbortTests
{
    [Fact]
    public async Task Abort_while_processing_keeps_the_progress_and_reports_operation_canceled()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();
        gateway.Clock.Advance(TestGateway.Waiting + (TestGateway.Processing * 3 / 10));

        gateway.Simulator.AbortTask(taskId);
        gateway.Clock.Advance(TimeSpan.FromMinutes(5));
        ApiResponse aborted = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal("ABORTED", aborted.OuterStatus);
        Assert.Equal("FINISH", aborted.InnerStatus);
        Assert.Equal(30, aborted.Task.GetProperty("Progress").GetInt32());
        Assert.Equal("2026-11-23T10:00:02Z", aborted.Response.GetProperty("BeginProcessTime").GetString());
        Assert.Equal("2026-11-23T10:00:05Z", aborted.Response.GetProperty("FinishTime").GetString());
        Assert.NotEqual(0, aborted.Task.GetProperty("ErrCode").GetInt64());
        Assert.Equal("OperationCanceled", aborted.Task.GetProperty("ErrCodeExt").GetString());
        Assert.False(aborted.Task.TryGetProperty("Output", out _));
    }

    [Fact]
    public async Task Abort_while_waiting_never_begins_processing()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();

        gateway.Simulator.AbortTask(taskId);
        gateway.AdvanceToFinish();
        ApiResponse aborted = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal("ABORTED", aborted.OuterStatus);
        Assert.Equal(0, aborted.Task.GetProperty("Progress").GetInt32());
        Assert.False(aborted.Response.TryGetProperty("BeginProcessTime", out _));
        Assert.Equal("2026-11-23T10:00:00Z", aborted.Response.GetProperty("FinishTime").GetString());
    }

    [Fact]
    public async Task Abort_token_aborts_the_task_when_it_would_have_finished()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync(TestGateway.BodyWithPrompt("a fox [sim:abort]"));

        gateway.Clock.Advance(TestGateway.Waiting + (TestGateway.Processing / 2));
        Assert.Equal("PROCESSING", (await gateway.QueryAsync(taskId)).AssertOk().OuterStatus);

        gateway.Clock.Advance(TestGateway.Processing / 2);
        ApiResponse aborted = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("ABORTED", aborted.OuterStatus);
        Assert.Equal("OperationCanceled", aborted.Task.GetProperty("ErrCodeExt").GetString());
        Assert.Equal(99, aborted.Task.GetProperty("Progress").GetInt32());
        Assert.Equal("2026-11-23T10:00:12Z", aborted.Response.GetProperty("FinishTime").GetString());
    }
}
