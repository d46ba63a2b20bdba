using System.Net;

namespace TencentVod.Sdk.Tests.Errors;

/// <summary>
/// Tencent reports some failures as HTTP 200 with <c>Response.Error</c>. The SDK's envelope check (the generated
/// client's response hook) turns them into <see cref="AigcVideoApiException"/> for every call, the SDK's own methods
/// and the generated ones alike; these tests answer from a canned Kestrel server.
/// </summary>
public sealed class ErrorInsideSuccessTests
{
    private const string Envelope = """{"Response":{"Error":{"Code":"FailedOperation","Message":"The backlog is full."},"RequestId":"req-200-error"}}""";

    [Fact]
    public async Task A_create_answered_200_with_an_error_throws_with_code_message_and_request_id()
    {
        await using CannedGateway gateway = await CannedGateway.StartAsync(HttpStatusCode.OK, Envelope);
        using var http = new HttpClient();
        AigcVideoClient client = SdkClient(gateway, http);

        var error = await Assert.ThrowsAsync<AigcVideoApiException>(() => client.CreateTaskAsync(Requests.Kling()));

        Assert.Equal((200, "FailedOperation", "The backlog is full.", "req-200-error"), (error.HttpStatus, error.Code, error.ErrorMessage, error.RequestId));
    }

    [Fact]
    public async Task A_query_answered_200_with_a_rate_limit_error_throws_the_rate_limit_exception_with_the_task_id()
    {
        await using CannedGateway gateway = await CannedGateway.StartAsync(HttpStatusCode.OK, Envelope.Replace("FailedOperation", "RequestLimitExceeded", StringComparison.Ordinal));
        using var http = new HttpClient();
        AigcVideoClient client = SdkClient(gateway, http);

        var error = await Assert.ThrowsAsync<AigcVideoRateLimitException>(() => client.GetTaskAsync("task-1"));

        Assert.Equal(("task-1", "RequestLimitExceeded", "req-200-error"), (error.TaskId, error.Code, error.RequestId));
    }

    [Fact]
    public async Task An_undeclared_status_with_the_envelope_still_gives_the_tencent_code()
    {
        await using CannedGateway gateway = await CannedGateway.StartAsync(HttpStatusCode.Forbidden, Envelope);
        using var http = new HttpClient();
        AigcVideoClient client = SdkClient(gateway, http);

        var error = await Assert.ThrowsAsync<AigcVideoApiException>(() => client.GetTaskAsync("task-1"));

        Assert.Equal((403, "FailedOperation", "req-200-error"), (error.HttpStatus, error.Code, error.RequestId));
    }

    [Fact]
    public async Task The_plain_generated_create_throws_the_sdk_exception_too()
    {
        await using CannedGateway gateway = await CannedGateway.StartAsync(HttpStatusCode.OK, Envelope);
        using var http = new HttpClient();
        AigcVideoClient client = SdkClient(gateway, http);

        var error = await Assert.ThrowsAsync<AigcVideoApiException>(() => client.CreateAigcVideoTaskAsync(Requests.Kling()));

        Assert.Equal((200, "FailedOperation", "The backlog is full.", "req-200-error"), (error.HttpStatus, error.Code, error.ErrorMessage, error.RequestId));
    }

    [Fact]
    public async Task The_plain_generated_query_of_a_client_built_by_hand_throws_the_sdk_exception_too()
    {
        await using CannedGateway gateway = await CannedGateway.StartAsync(HttpStatusCode.OK, Envelope.Replace("FailedOperation", "InvalidParameterValue.TaskId", StringComparison.Ordinal));
        using var http = new HttpClient();
        // No TencentVodOptions: the SDK's options type installs the envelope check by itself.
        var client = new AigcVideoClient(http, new AigcVideoClientOptions { BaseAddress = gateway.BaseAddress });

        var error = await Assert.ThrowsAsync<AigcVideoApiException>(() => client.QueryTaskAsync("task-9"));

        Assert.Equal(("InvalidParameterValue.TaskId", "req-200-error"), (error.Code, error.RequestId));
    }

    [Fact]
    public async Task A_200_without_an_error_is_returned()
    {
        await using CannedGateway gateway = await CannedGateway.StartAsync(HttpStatusCode.OK, """{"Response":{"TaskType":"AigcVideo","RequestId":"req-ok"}}""");
        using var http = new HttpClient();
        AigcVideoClient client = SdkClient(gateway, http);

        QueryTaskResponse answer = await client.QueryTaskAsync("t-7");

        Assert.Equal(("AigcVideo", "req-ok"), (answer.Response.TaskType, answer.Response.RequestId));
    }

    private static AigcVideoClient SdkClient(CannedGateway gateway, HttpClient http)
        => AigcVideoClient.Create(new TencentVodOptions { ApiKey = "key", BaseAddress = gateway.BaseAddress }, http);
}
