using AigcVideo.Simulator;

namespace TencentVod.Sdk.Tests.Lifecycle;

/// <summary>How a wait ends when the task does not give a video: failure, abort, timeout, cancellation.</summary>
public sealed class TaskEndingTests
{
    [Fact]
    public async Task A_failed_task_throws_with_err_code_ext_and_message()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        CreatedTask created = await gateway.Client.CreateTaskAsync(Requests.Kling());
        gateway.Simulator.FailTask(created.TaskId, TaskFailure.FromErrCodeExt("ModelGenerateFailed"));

        var error = await Assert.ThrowsAsync<AigcVideoTaskFailedException>(
            () => gateway.RunAsync(gateway.Client.WaitForCompletionAsync(created.TaskId, gateway.Options())));

        Assert.Equal(created.TaskId, error.TaskId);
        Assert.Equal(TaskFailure.ServiceErrCode, error.ErrCode);
        Assert.Equal("ModelGenerateFailed", error.ErrCodeExt);
        Assert.False(string.IsNullOrEmpty(error.TaskMessage));
        Assert.False(error.IsAborted);
        Assert.Contains($"Task {created.TaskId} failed (FINISH): ErrCode 70000, ErrCodeExt ModelGenerateFailed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fail_content_prompt_token_fails_the_task_with_the_content_code()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();

        var error = await Assert.ThrowsAsync<AigcVideoTaskFailedException>(
            () => gateway.RunAsync(gateway.Client.CreateAndWaitAsync(Requests.Kling("A fox [sim:fail-content]"), gateway.Options())));

        Assert.Equal(TaskFailure.InvalidInputErrCode, error.ErrCode);
        Assert.Equal("InvalidParameter.VoilationContent", error.ErrCodeExt);
        Assert.Equal(TaskStatus.Finish, error.Detail.Status);
    }

    [Fact]
    public async Task An_aborted_task_throws_the_aborted_exception()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        CreatedTask created = await gateway.Client.CreateTaskAsync(Requests.Kling());
        gateway.Simulator.AbortTask(created.TaskId);

        var error = await Assert.ThrowsAsync<AigcVideoTaskAbortedException>(
            () => gateway.RunAsync(gateway.Client.WaitForCompletionAsync(created.TaskId, gateway.Options())));

        Assert.True(error.IsAborted);
        Assert.Equal(created.TaskId, error.TaskId);
        Assert.Equal("OperationCanceled", error.ErrCodeExt);
        Assert.Contains("was aborted (ABORTED)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_that_outlives_the_timeout_throws_with_the_task_id_and_the_time_waited()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync(o => o.ProcessingDuration = TimeSpan.FromHours(1));
        CreatedTask created = await gateway.Client.CreateTaskAsync(Requests.Kling());
        AigcVideoTaskOptions options = gateway.Options(o => o.Timeout = TimeSpan.FromMinutes(2));
        DateTimeOffset start = gateway.Clock.GetUtcNow();

        var error = await Assert.ThrowsAsync<AigcVideoTimeoutException>(
            () => gateway.RunAsync(gateway.Client.WaitForCompletionAsync(created.TaskId, options)));

        Assert.Equal(created.TaskId, error.TaskId);
        Assert.Equal(TimeSpan.FromMinutes(2), error.Waited);
        Assert.Equal(TimeSpan.FromMinutes(2), gateway.Clock.GetUtcNow() - start);
        Assert.Equal("PROCESSING", AigcVideoTaskState.StatusOf(error.LastSeen!));
        Assert.Contains(created.TaskId, error.Message, StringComparison.Ordinal);
        Assert.Contains("120 s", error.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task Cancelling_stops_waiting_with_operation_canceled_and_leaves_the_task_running()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        CreatedTask created = await gateway.Client.CreateTaskAsync(Requests.Kling());
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(_ => cancellation.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => gateway.RunAsync(gateway.Client.WaitForCompletionAsync(created.TaskId, gateway.Options(), progress, cancellation.Token)));

        Assert.Single(progress.Reports);
        TaskDetail after = await gateway.Client.GetTaskAsync(created.TaskId);
        Assert.Equal(AigcVideoTaskPhase.Running, AigcVideoTaskState.PhaseOf(after));
    }

    [Fact]
    public async Task An_unknown_task_is_an_api_exception_naming_it()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        const string taskId = "1500000001-AigcVideo-00000000000000000000000000000000";

        var error = await Assert.ThrowsAsync<AigcVideoApiException>(() => gateway.Client.WaitForCompletionAsync(taskId, gateway.Options()));

        Assert.Equal("InvalidParameterValue.TaskId", error.Code);
        Assert.Equal(taskId, error.TaskId);
    }
}
