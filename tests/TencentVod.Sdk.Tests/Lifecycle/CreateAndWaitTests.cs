using AigcVideo.Simulator;

namespace TencentVod.Sdk.Tests.Lifecycle;

/// <summary>Create and wait end to end against the loopback simulator, on a manual clock.</summary>
public sealed class CreateAndWaitTests
{
    [Fact]
    public async Task A_task_that_finishes_gives_its_file_url_and_reports_each_change()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        var progress = new SynchronousProgress();

        AigcVideoTaskResult result = await gateway.RunAsync(gateway.Client.CreateAndWaitAsync(Requests.Kling(), gateway.Options(), progress));

        Assert.StartsWith("1500000001-AigcVideo-", result.TaskId, StringComparison.Ordinal);
        Assert.Equal($"{gateway.Simulator.BaseAddress}files/{result.TaskId}.mp4", result.FileUrl);
        Assert.Equal([result.FileUrl], result.FileUrls);
        Assert.Equal(TaskStatus.Finish, result.Detail.Status);
        Assert.Same(result.Detail.AigcVideoTask, result.Task);

        AigcVideoTaskProgress[] reports = [.. progress.Reports];
        Assert.Equal("WAITING", reports[0].Status);
        Assert.Contains(reports, r => r.Status == "PROCESSING");
        Assert.Equal(("FINISH", 100, AigcVideoTaskPhase.Succeeded), (reports[^1].Status, reports[^1].Percent, reports[^1].Phase));
        Assert.All(reports, r => Assert.Equal(result.TaskId, r.TaskId));
        Assert.All(reports.Zip(reports.Skip(1)), pair => Assert.NotEqual((pair.First.Status, pair.First.Percent), (pair.Second.Status, pair.Second.Percent)));
    }

    [Fact]
    public async Task Pauses_grow_while_the_status_stays_and_restart_when_it_changes()
    {
        // WAITING for a minute, then PROCESSING for a minute: long enough to reach the 10 s ceiling in both.
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync(o =>
        {
            o.WaitingDuration = TimeSpan.FromMinutes(1);
            o.ProcessingDuration = TimeSpan.FromMinutes(1);
        });

        AigcVideoTaskResult result = await gateway.RunAsync(gateway.Client.CreateAndWaitAsync(Requests.Kling(), gateway.Options()));

        DateTimeOffset[] queries = gateway.Sent.Where(r => r.Uri.AbsolutePath.Contains("/query/", StringComparison.Ordinal)).Select(r => r.At).ToArray();
        double[] pauses = queries.Zip(queries.Skip(1), (a, b) => (b - a).TotalSeconds).ToArray();
        Assert.Equal([1, 1.5, 2.25, 3.375], pauses[..4]);
        Assert.Equal(10, pauses.Max());
        Assert.All(pauses, p => Assert.InRange(p, 1, 10));

        // The first pause after WAITING turned into PROCESSING is the initial one again.
        int restart = Array.IndexOf(pauses, 1, 1);
        Assert.True(restart > 4, string.Join(", ", pauses));
        Assert.Equal(1.5, pauses[restart + 1]);
        Assert.NotNull(result.FileUrl);
    }

    [Fact]
    public async Task A_rate_limited_create_throws_the_rate_limit_exception_with_its_code()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        gateway.Simulator.RejectNextCreate(CreateRejection.RateLimit);

        var error = await Assert.ThrowsAsync<AigcVideoRateLimitException>(() => gateway.Client.CreateAndWaitAsync(Requests.Kling(), gateway.Options()));

        Assert.Equal(429, error.HttpStatus);
        Assert.Equal("RequestLimitExceeded", error.Code);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Null(error.TaskId);
        Assert.Contains("RequestLimitExceeded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rate_limit_prompt_token_gives_the_same_exception()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();

        var error = await Assert.ThrowsAsync<AigcVideoRateLimitException>(
            () => gateway.Client.CreateAndWaitAsync(Requests.Kling("A fox [sim:rate-limit]"), gateway.Options()));

        Assert.Equal("RequestLimitExceeded", error.Code);
    }

    [Fact]
    public async Task A_concurrency_limit_is_a_rate_limit_too()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync(o => o.MaxConcurrentTasks = 1);
        await gateway.Client.CreateTaskAsync(Requests.Kling());

        var error = await Assert.ThrowsAsync<AigcVideoRateLimitException>(() => gateway.Client.CreateTaskAsync(Requests.Kling()));

        Assert.StartsWith("70000", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_create_is_an_api_exception_with_code_and_request_id()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        gateway.Simulator.RejectNextCreate(CreateRejection.ContentViolation);

        var error = await Assert.ThrowsAsync<AigcVideoApiException>(() => gateway.Client.CreateTaskAsync(Requests.Kling()));

        Assert.IsNotType<AigcVideoRateLimitException>(error);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("InvalidParameter.VoilationContent", error.Code);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.IsAssignableFrom<CodeGen.Runtime.Errors.ApiException>(error.InnerException);
    }
}
