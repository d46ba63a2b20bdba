using System.Net;

namespace AigcVideo.Simulator.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Creates_over_the_per_second_limit_are_429_request_limit_exceeded()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.CreateRequestsPerSecond = 2);

        await gateway.CreateTaskAsync();
        await gateway.CreateTaskAsync();
        ApiResponse third = await gateway.CreateAsync(TestGateway.ValidBody());

        third.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
        Assert.Contains("2 create requests per second", third.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_window_slides_with_the_simulated_clock_and_rejections_do_not_count()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.CreateRequestsPerSecond = 1);
        await gateway.CreateTaskAsync();
        gateway.Clock.Advance(TimeSpan.FromMilliseconds(999));
        (await gateway.CreateAsync(TestGateway.ValidBody())).AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");

        gateway.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await gateway.CreateTaskAsync();
    }

    [Fact]
    public async Task The_rate_limit_is_checked_before_the_body()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.CreateRequestsPerSecond = 1);
        await gateway.CreateTaskAsync();

        ApiResponse response = await gateway.CreateAsync("not json");

        response.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
    }

    [Fact]
    public async Task Both_create_endpoints_share_the_limit()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.CreateRequestsPerSecond = 1);
        await gateway.CreateTaskAsync();

        ApiResponse response = await gateway.PostAsync(
            TestGateway.TemplateEffectPath,
            """{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":"hug"}}}""");

        response.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
    }

    [Fact]
    public async Task The_reference_limit_of_20_creates_per_second()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.CreateRequestsPerSecond = 20);

        ApiResponse[] responses = await Task.WhenAll(Enumerable.Range(0, 21).Select(_ => gateway.CreateAsync(TestGateway.ValidBody())));

        Assert.Equal(20, responses.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Single(responses, r => r.Status == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Queries_have_their_own_limit()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.QueryRequestsPerSecond = 2);
        string taskId = await gateway.CreateTaskAsync();

        (await gateway.QueryAsync(taskId)).AssertOk();
        (await gateway.QueryAsync(taskId)).AssertOk();
        (await gateway.QueryAsync(taskId)).AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
        await gateway.CreateTaskAsync();

        gateway.Clock.Advance(TimeSpan.FromSeconds(1));
        (await gateway.QueryAsync(taskId)).AssertOk();
    }

    [Fact]
    public async Task No_limit_by_default()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse[] responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => gateway.CreateAsync(TestGateway.ValidBody())));

        Assert.All(responses, r => r.AssertOk());
    }

    [Fact]
    public async Task Rate_limit_on_demand_from_the_prompt_and_the_api()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse fromPrompt = await gateway.CreateAsync(TestGateway.BodyWithPrompt("[sim:rate-limit]"));
        gateway.Simulator.RejectNextCreate(CreateRejection.RateLimit);
        ApiResponse fromApi = await gateway.CreateAsync(TestGateway.ValidBody());

        fromPrompt.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
        fromApi.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
        Assert.Contains("rate limit", fromApi.ErrorMessage, StringComparison.Ordinal);
        await gateway.CreateTaskAsync();
    }

    [Fact]
    public async Task Limits_below_one_are_rejected_at_start()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => AigcVideoSimulator.StartAsync(new SimulatorOptions { CreateRequestsPerSecond = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => AigcVideoSimulator.StartAsync(new SimulatorOptions { QueryRequestsPerSecond = -1 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => AigcVideoSimulator.StartAsync(new SimulatorOptions { MaxConcurrentTasks = 0 }));
    }
}
