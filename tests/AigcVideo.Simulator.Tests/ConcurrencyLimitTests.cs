using System.Net;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

public sealed class ConcurrencyLimitTests
{
    [Fact]
    public async Task Second_create_while_one_task_is_unfinished_is_rejected_with_70000()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.MaxConcurrentTasks = 1);
        string first = await gateway.CreateTaskAsync();

        ApiResponse whileWaiting = await gateway.CreateAsync(TestGateway.ValidBody());
        gateway.Clock.Advance(TestGateway.Waiting);
        ApiResponse whileProcessing = await gateway.CreateAsync(TestGateway.ValidBody());

        whileWaiting.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
        Assert.Contains("70000", whileWaiting.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(first, whileWaiting.ErrorMessage, StringComparison.Ordinal);
        whileProcessing.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
        Assert.Contains("PROCESSING", whileProcessing.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_task_frees_its_slot()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.MaxConcurrentTasks = 1);
        await gateway.CreateTaskAsync();

        gateway.AdvanceToFinish();

        await gateway.CreateTaskAsync();
    }

    [Fact]
    public async Task Aborted_and_failed_tasks_free_their_slots()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.MaxConcurrentTasks = 1);
        string aborted = await gateway.CreateTaskAsync();
        gateway.Simulator.AbortTask(aborted);

        string failing = await gateway.CreateTaskAsync();
        gateway.Simulator.FailTask(failing, TaskFailure.ContentViolation);
        (await gateway.CreateAsync(TestGateway.ValidBody())).AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");

        gateway.AdvanceToFinish();
        await gateway.CreateTaskAsync();
    }

    [Fact]
    public async Task The_limit_counts_both_create_endpoints_and_can_be_higher_than_one()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.MaxConcurrentTasks = 2);
        await gateway.CreateTaskAsync();
        (await gateway.PostAsync(
            TestGateway.TemplateEffectPath,
            """{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":"hug"}}}""")).AssertOk();

        (await gateway.CreateAsync(TestGateway.ValidBody())).AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
    }

    [Fact]
    public async Task Rejected_create_does_not_use_up_its_session_id()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.MaxConcurrentTasks = 1);
        await gateway.CreateTaskAsync();
        JsonObject body = TestGateway.ValidBody();
        body["session_id"] = "later";
        (await gateway.CreateAsync(body)).AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");

        gateway.AdvanceToFinish();
        await gateway.CreateTaskAsync(body);
    }

    [Fact]
    public async Task Off_by_default()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        await gateway.CreateTaskAsync();
        await gateway.CreateTaskAsync();
    }

    [Fact]
    public async Task Concurrency_limit_on_demand_from_the_prompt_and_the_api()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse fromPrompt = await gateway.CreateAsync(TestGateway.BodyWithPrompt("a fox [sim:concurrency-limit]"));
        gateway.Simulator.RejectNextCreate(CreateRejection.ConcurrencyLimit);
        ApiResponse fromApi = await gateway.CreateAsync(TestGateway.ValidBody());

        fromPrompt.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
        fromApi.AssertError(HttpStatusCode.TooManyRequests, "RequestLimitExceeded");
        Assert.Contains("70000", fromApi.ErrorMessage, StringComparison.Ordinal);
    }
}
