using System.Net;

namespace AigcVideo.Simulator.Tests;

public sealed class ContentPolicyTests
{
    [Fact]
    public async Task Reject_content_token_refuses_the_create_with_voilation_content()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.CreateAsync(TestGateway.BodyWithPrompt("a fox [sim:reject-content]"));

        response.AssertError(HttpStatusCode.BadRequest, "InvalidParameter.VoilationContent");
    }

    [Fact]
    public async Task Rejected_create_uses_up_no_session_id()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        var body = TestGateway.BodyWithPrompt("[sim:reject-content]");
        body["session_id"] = "moderated";
        (await gateway.CreateAsync(body)).AssertError(HttpStatusCode.BadRequest, "InvalidParameter.VoilationContent");

        body["prompt"] = "a harmless fox";
        (await gateway.CreateAsync(body)).AssertOk();
    }

    [Fact]
    public async Task Queued_content_rejection_hits_the_next_valid_create_only()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        gateway.Simulator.RejectNextCreate(CreateRejection.ContentViolation);

        (await gateway.CreateAsync(TestGateway.BodyWithPrompt(""))).AssertError(HttpStatusCode.BadRequest, "MissingParameter");
        (await gateway.CreateAsync(TestGateway.ValidBody())).AssertError(HttpStatusCode.BadRequest, "InvalidParameter.VoilationContent");
        (await gateway.CreateAsync(TestGateway.ValidBody())).AssertOk();
    }

    [Fact]
    public async Task Fail_content_token_accepts_the_task_and_fails_it_later()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync(TestGateway.BodyWithPrompt("[sim:fail-content] a fox"));

        ApiResponse waiting = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("WAITING", waiting.OuterStatus);

        gateway.AdvanceToFinish();
        ApiResponse failed = (await gateway.QueryAsync(taskId)).AssertOk();
        Assert.Equal("FINISH", failed.OuterStatus);
        Assert.Equal(40000, failed.Task.GetProperty("ErrCode").GetInt64());
        Assert.Equal("InvalidParameter.VoilationContent", failed.Task.GetProperty("ErrCodeExt").GetString());
        Assert.Contains("content policy", failed.Task.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.False(failed.Task.TryGetProperty("Output", out _));
    }

    [Fact]
    public async Task Content_violation_failure_from_the_api()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();

        gateway.Simulator.FailTask(taskId, TaskFailure.ContentViolation);
        gateway.AdvanceToFinish();
        ApiResponse failed = (await gateway.QueryAsync(taskId)).AssertOk();

        Assert.Equal("InvalidParameter.VoilationContent", failed.Task.GetProperty("ErrCodeExt").GetString());
        Assert.Equal(TaskFailure.InvalidInputErrCode, failed.Task.GetProperty("ErrCode").GetInt64());
    }

    [Fact]
    public async Task Template_effect_prompt_tokens_work_too()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.PostAsync(
            TestGateway.TemplateEffectPath,
            """{"scene_type":"template_effect","prompt":"[sim:reject-content]","ext_info":{"AdditionalParameters":{"template":"hug"}}}""");

        response.AssertError(HttpStatusCode.BadRequest, "InvalidParameter.VoilationContent");
    }
}
