using System.Net;
using System.Text.Json;

namespace AigcVideo.Simulator.Tests;

public sealed class TaskFailureTests
{
    [Fact]
    public async Task Failed_task_runs_its_course_then_finishes_with_the_error_and_no_output()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();
        gateway.Simulator.FailTask(taskId, TaskFailure.FromErrCodeExt("ModelGenerateFailed"));

        gateway.Clock.Advance(TestGateway.Waiting + (TestGateway.Processing / 2));
        ApiResponse processing = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("PROCESSING", processing.OuterStatus);
        Assert.Equal(50, processing.Task.GetProperty("Progress").GetInt32());
        Assert.Equal(0, processing.Task.GetProperty("ErrCode").GetInt64());

        gateway.Clock.Advance(TestGateway.Processing / 2);
        ApiResponse failed = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("FINISH", failed.OuterStatus);
        Assert.Equal("FINISH", failed.InnerStatus);
        Assert.Equal("2026-11-23T10:00:12Z", failed.Response.GetProperty("FinishTime").GetString());
        Assert.Equal(70000, failed.Task.GetProperty("ErrCode").GetInt64());
        Assert.Equal("ModelGenerateFailed", failed.Task.GetProperty("ErrCodeExt").GetString());
        Assert.False(string.IsNullOrEmpty(failed.Task.GetProperty("Message").GetString()));
        Assert.False(failed.Task.TryGetProperty("Output", out _));

        using HttpResponseMessage file = await gateway.Http.GetAsync($"files/{taskId}.mp4");
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    [Fact]
    public async Task Failing_a_task_past_its_finish_time_takes_effect_at_once()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();
        gateway.AdvanceToFinish();
        gateway.Clock.Advance(TimeSpan.FromMinutes(1));

        gateway.Simulator.FailTask(taskId, new TaskFailure(12345, "TaskTimeout", "took too long"));
        ApiResponse failed = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal("FINISH", failed.OuterStatus);
        Assert.Equal("2026-11-23T10:01:12Z", failed.Response.GetProperty("FinishTime").GetString());
        Assert.Equal(12345, failed.Task.GetProperty("ErrCode").GetInt64());
        Assert.Equal("TaskTimeout", failed.Task.GetProperty("ErrCodeExt").GetString());
        Assert.Equal("took too long", failed.Task.GetProperty("Message").GetString());
    }

    [Theory]
    [InlineData("ModelGenerateFailed", 70000)]
    [InlineData("RequestLimitExceeded", 70000)]
    [InlineData("InvalidParameter.VoilationContent", 40000)]
    [InlineData("ContentModerationFailed", 40000)]
    [InlineData("InvalidParameter.MediaFormat", 60000)]
    public async Task Fail_token_fails_the_task_with_that_err_code_ext(string errCodeExt, long errCode)
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync(TestGateway.BodyWithPrompt($"a fox [sim:fail={errCodeExt}] in snow"));

        gateway.AdvanceToFinish();
        ApiResponse failed = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal("FINISH", failed.OuterStatus);
        Assert.Equal(errCode, failed.Task.GetProperty("ErrCode").GetInt64());
        Assert.Equal(errCodeExt, failed.Task.GetProperty("ErrCodeExt").GetString());
        Assert.False(failed.Task.TryGetProperty("Output", out _));
    }

    [Fact]
    public async Task Forced_status_still_wins_over_a_planned_failure()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync(TestGateway.BodyWithPrompt("[sim:fail=InternalError]"));

        gateway.Simulator.ForceStatus(taskId, "FINISH");
        gateway.AdvanceToFinish();
        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal(JsonValueKind.Object, query.Task.GetProperty("Output").ValueKind);
    }

    [Fact]
    public void Task_failure_needs_a_non_zero_code_and_text()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TaskFailure(0, "InternalError", "x"));
        Assert.Throws<ArgumentException>(() => new TaskFailure(70000, "", "x"));
        Assert.Throws<ArgumentException>(() => new TaskFailure(70000, "InternalError", ""));
        Assert.Throws<ArgumentException>(() => TaskFailure.FromErrCodeExt(""));
    }

    [Fact]
    public async Task Failing_an_unknown_task_throws()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        Assert.Throws<ArgumentException>(() => gateway.Simulator.FailTask("nope", TaskFailure.ContentViolation));
        Assert.Throws<ArgumentException>(() => gateway.Simulator.AbortTask("nope"));
    }
}
