using System.Diagnostics;
using CodeGen.IntegrationTests.Faults;
using CodeGen.IntegrationTests.Observability;
using CodeGen.Runtime.Responses;
using Ledger.Client;
using Microsoft.Extensions.Logging;

namespace CodeGen.IntegrationTests.Hosting;

/// <summary>
/// The options' <see cref="IApiResponseInspector"/> with a shape unlike aigc-video's (Hosting/ledger.openapi.yaml:
/// every answer 200, a refusal is <c>ok: false</c>), against a real Kestrel server.
/// </summary>
public sealed class ResponseInspectorTests : IClassFixture<FaultServer>
{
    private const string Refused = """{"ok":false,"error":{"reason":"insufficient funds","traceId":"tr-9"}}""";
    private const string Accepted = """{"ok":true,"transferId":"tx-1"}""";

    private readonly FaultServer _server;

    public ResponseInspectorTests(FaultServer server) => _server = server;

    [Fact]
    public async Task An_error_inside_a_200_becomes_the_inspectors_exception_with_headers_and_body()
    {
        AnswerWith(Refused);
        var inspector = new LedgerInspector();
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        using var parent = new Activity("test-parent").Start();
        using var http = new HttpClient();
        var client = new LedgerClient(http, new LedgerClientOptions { BaseAddress = _server.BaseAddress, ResponseInspector = inspector, LoggerFactory = loggerFactory });

        var refused = await Assert.ThrowsAsync<LedgerRefusedException>(() => client.CreateTransferAsync(new TransferRequest { Amount = 5 }));

        Assert.Equal(("insufficient funds", "tr-9", "req-ledger"), (refused.Reason, refused.TraceId, refused.RequestId));
        ApiResponseContext seen = Assert.Single(inspector.Seen);
        Assert.Equal(("CreateTransferAsync", "/transfers", System.Net.HttpStatusCode.OK), (seen.OperationName, seen.PathTemplate, seen.StatusCode));
        Assert.IsType<TransferEnvelope>(seen.Body);
        Assert.Contains(logs.Entries, e => e.EventId.Name == "ErrorInSuccessResponse" && e.Level == LogLevel.Warning
            && e.Message.Contains(typeof(LedgerRefusedException).FullName!, StringComparison.Ordinal));
        Assert.Contains(parent.Events, e => e.Name == "error_in_success_response");
    }

    [Fact]
    public async Task A_real_success_passes_the_inspector_and_is_returned()
    {
        AnswerWith(Accepted);
        var inspector = new LedgerInspector();
        using var http = new HttpClient();
        var client = new LedgerClient(http, new LedgerClientOptions { BaseAddress = _server.BaseAddress, ResponseInspector = inspector });

        TransferEnvelope answer = await client.CreateTransferAsync(new TransferRequest { Amount = 5 });

        Assert.Equal("tx-1", answer.TransferId);
        Assert.Single(inspector.Seen);
    }

    [Fact]
    public async Task Without_an_inspector_the_envelope_is_returned_as_the_server_sent_it()
    {
        AnswerWith(Refused);
        using var http = new HttpClient();
        var client = new LedgerClient(http, new LedgerClientOptions { BaseAddress = _server.BaseAddress });

        TransferEnvelope answer = await client.CreateTransferAsync(new TransferRequest { Amount = 5 });

        Assert.Equal((false, "insufficient funds"), (answer.Ok, answer.Error?.Reason));
    }

    [Fact]
    public async Task An_inspector_that_throws_itself_is_not_wrapped()
    {
        AnswerWith(Accepted);
        using var http = new HttpClient();
        var client = new LedgerClient(http, new LedgerClientOptions { BaseAddress = _server.BaseAddress, ResponseInspector = new ThrowingInspector() });

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => client.CreateTransferAsync(new TransferRequest { Amount = 5 }));

        Assert.Equal("inspector says no", thrown.Message);
    }

    private void AnswerWith(string body) => _server.Respond = context =>
    {
        context.Response.Headers["X-Request-Id"] = "req-ledger";
        return CannedResponses.WriteAsync(context, 200, body);
    };

    private sealed class LedgerInspector : IApiResponseInspector
    {
        public System.Collections.Concurrent.ConcurrentQueue<ApiResponseContext> Seen { get; } = new();

        public Exception? Inspect(ApiResponseContext response)
        {
            Seen.Enqueue(response);
            string? requestId = response.Headers.TryGetValues("X-Request-Id", out IEnumerable<string>? values) ? values.FirstOrDefault() : null;
            return response.Body is TransferEnvelope { Ok: false } envelope
                ? new LedgerRefusedException(envelope.Error?.Reason ?? "(no reason)", envelope.Error?.TraceId, requestId)
                : null;
        }
    }

    private sealed class ThrowingInspector : IApiResponseInspector
    {
        public Exception? Inspect(ApiResponseContext response) => throw new InvalidOperationException("inspector says no");
    }
}
