using System.Net;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

public sealed class SessionDeduplicationTests
{
    [Fact]
    public async Task Repeated_session_id_within_three_days_is_rejected()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        JsonObject body = TestGateway.ValidBody();
        body["session_id"] = "order-42";

        await gateway.CreateTaskAsync(body);
        gateway.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        ApiResponse repeat = await gateway.CreateAsync(body);

        repeat.AssertError(HttpStatusCode.BadRequest, "InvalidParameter");
        Assert.Contains("duplicate session id", repeat.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_id_can_be_reused_after_three_days()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        JsonObject body = TestGateway.ValidBody();
        body["session_id"] = "order-43";

        string first = await gateway.CreateTaskAsync(body);
        gateway.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        string second = await gateway.CreateTaskAsync(body);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Template_effect_shares_the_session_window()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        JsonObject body = TestGateway.ValidBody();
        body["session_id"] = "shared";
        await gateway.CreateTaskAsync(body);

        ApiResponse response = await gateway.PostAsync(
            TestGateway.TemplateEffectPath,
            """{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":"hug"}},"session_id":"shared"}""");

        response.AssertError(HttpStatusCode.BadRequest, "InvalidParameter");
    }

    [Fact]
    public async Task Empty_or_distinct_session_ids_do_not_collide()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        foreach (string? sessionId in new[] { "", "", "a", "b", null, null })
        {
            JsonObject body = TestGateway.ValidBody();
            body["session_id"] = sessionId;
            await gateway.CreateTaskAsync(body);
        }
    }

    [Fact]
    public async Task Rejected_requests_do_not_use_up_their_session_id()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        JsonObject invalid = TestGateway.ValidBody();
        invalid["session_id"] = "retry-me";
        invalid["tasks_priority"] = 99;
        (await gateway.CreateAsync(invalid)).AssertError(HttpStatusCode.BadRequest, "InvalidParameterValue");

        invalid["tasks_priority"] = 1;
        await gateway.CreateTaskAsync(invalid);
    }

    [Fact]
    public async Task Opt_in_mode_returns_the_first_task_for_a_repeated_session_id()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.ReturnExistingTaskForRepeatedSessionId = true);
        JsonObject body = TestGateway.ValidBody();
        body["session_id"] = "idempotent";

        string first = await gateway.CreateTaskAsync(body);
        gateway.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        body["prompt"] = "a different prompt";
        string repeat = await gateway.CreateTaskAsync(body);

        Assert.Equal(first, repeat);
        ApiResponse query = (await gateway.QueryAsync(first)).AssertOk();
        Assert.Equal("A red fox running through fresh snow", query.Task.GetProperty("Input").GetProperty("Prompt").GetString());
    }

    [Fact]
    public async Task Opt_in_mode_creates_a_new_task_after_three_days()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.ReturnExistingTaskForRepeatedSessionId = true);
        JsonObject body = TestGateway.ValidBody();
        body["session_id"] = "idempotent";

        string first = await gateway.CreateTaskAsync(body);
        gateway.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        string second = await gateway.CreateTaskAsync(body);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Opt_in_mode_repeat_is_not_blocked_by_the_concurrency_limit()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o =>
        {
            o.ReturnExistingTaskForRepeatedSessionId = true;
            o.MaxConcurrentTasks = 1;
        });
        JsonObject body = TestGateway.ValidBody();
        body["session_id"] = "retry-after-timeout";

        string first = await gateway.CreateTaskAsync(body);
        string repeat = await gateway.CreateTaskAsync(body);

        Assert.Equal(first, repeat);
    }

    [Fact]
    public async Task Repeated_session_id_is_rejected_even_with_the_concurrency_limit()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.MaxConcurrentTasks = 1);
        JsonObject body = TestGateway.ValidBody();
        body["session_id"] = "dup";
        await gateway.CreateTaskAsync(body);

        (await gateway.CreateAsync(body)).AssertError(HttpStatusCode.BadRequest, "InvalidParameter");
    }
}
