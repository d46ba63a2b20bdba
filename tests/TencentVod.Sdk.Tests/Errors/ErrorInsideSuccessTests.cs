using System.Net;
using System.Text;

namespace TencentVod.Sdk.Tests.Errors;

/// <summary>
/// Tencent reports some failures as HTTP 200 with <c>Response.Error</c>; the simulator always uses error statuses, so
/// these tests answer from a stub handler.
/// </summary>
public sealed class ErrorInsideSuccessTests
{
    private const string Envelope = """{"Response":{"Error":{"Code":"FailedOperation","Message":"The backlog is full."},"RequestId":"req-200-error"}}""";

    [Fact]
    public async Task A_create_answered_200_with_an_error_throws_with_code_message_and_request_id()
    {
        AigcVideoClient client = ClientAnswering(Envelope);

        var error = await Assert.ThrowsAsync<AigcVideoApiException>(() => client.CreateTaskAsync(Requests.Kling()));

        Assert.Equal((200, "FailedOperation", "The backlog is full.", "req-200-error"), (error.HttpStatus, error.Code, error.ErrorMessage, error.RequestId));
    }

    [Fact]
    public async Task A_query_answered_200_with_a_rate_limit_error_throws_the_rate_limit_exception()
    {
        AigcVideoClient client = ClientAnswering(Envelope.Replace("FailedOperation", "RequestLimitExceeded", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<AigcVideoRateLimitException>(() => client.GetTaskAsync("task-1"));

        Assert.Equal("task-1", error.TaskId);
    }

    [Fact]
    public async Task An_undeclared_status_with_the_envelope_still_gives_the_tencent_code()
    {
        AigcVideoClient client = ClientAnswering(Envelope, HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<AigcVideoApiException>(() => client.GetTaskAsync("task-1"));

        Assert.Equal((403, "FailedOperation", "req-200-error"), (error.HttpStatus, error.Code, error.RequestId));
    }

    private static AigcVideoClient ClientAnswering(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        AigcVideoClient.Create(
            new TencentVodOptions { ApiKey = "key", BaseAddress = new Uri("http://gateway.invalid/") },
            new HttpClient(new StubHandler(status, body)));

    private sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
