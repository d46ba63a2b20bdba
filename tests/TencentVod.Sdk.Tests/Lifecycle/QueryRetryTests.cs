namespace TencentVod.Sdk.Tests.Lifecycle;

/// <summary>A refused query while waiting says nothing about the task, so it is retried a few times.</summary>
public sealed class QueryRetryTests
{
    [Fact]
    public async Task A_rate_limited_query_is_retried_after_the_next_pause()
    {
        // One query per simulated second: the probe below uses up second 0, so the wait's first query is refused.
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync(o => o.QueryRequestsPerSecond = 1);
        CreatedTask created = await gateway.Client.CreateTaskAsync(Requests.Kling());
        await gateway.Client.GetTaskAsync(created.TaskId);

        AigcVideoTaskResult result = await gateway.RunAsync(gateway.Client.WaitForCompletionAsync(created.TaskId, gateway.Options()));

        Assert.Equal(created.TaskId, result.TaskId);
    }

    [Fact]
    public async Task Without_retries_the_rate_limit_is_thrown()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync(o => o.QueryRequestsPerSecond = 1);
        CreatedTask created = await gateway.Client.CreateTaskAsync(Requests.Kling());
        await gateway.Client.GetTaskAsync(created.TaskId);

        var error = await Assert.ThrowsAsync<AigcVideoRateLimitException>(
            () => gateway.RunAsync(gateway.Client.WaitForCompletionAsync(created.TaskId, gateway.Options(o => o.MaxQueryRetries = 0))));

        Assert.Equal(created.TaskId, error.TaskId);
    }
}
