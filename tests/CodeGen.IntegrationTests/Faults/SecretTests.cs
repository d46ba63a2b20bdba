using System.Diagnostics;
using System.Text;
using AigcVideo.Client;
using CodeGen.IntegrationTests.Observability;
using CodeGen.Runtime.Authentication;
using Microsoft.Extensions.Logging;

namespace CodeGen.IntegrationTests.Faults;

/// <summary>
/// The API key travels in the Authorization header and nowhere else: not in exception messages, not in
/// <c>ToString()</c> of anything a caller might log, not in the client's logs, not in its traces.
/// </summary>
public sealed class SecretTests : IClassFixture<FaultServer>
{
    private readonly FaultServer _server;

    public SecretTests(FaultServer server) => _server = server;

    public static TheoryData<string> Failures => new() { "401", "500-echo", "malformed", "stall", "reset" };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task No_failure_puts_the_key_in_the_exception(string failure)
    {
        // Set by the server's handler; awaited rather than read, so a slow machine cannot make the check race the request.
        var received = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Respond = async context =>
        {
            string? receivedAuthorization = context.Request.Headers.Authorization;
            received.TrySetResult(receivedAuthorization);
            switch (failure)
            {
                case "401":
                    await CannedResponses.WriteAsync(context, 401, """{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"bad key"},"RequestId":"r"}}""");
                    break;
                case "500-echo":
                    // A careless server that echoes the request headers into its error page.
                    await CannedResponses.WriteAsync(context, 500, "<pre>Authorization: " + receivedAuthorization + "</pre>", "text/html");
                    break;
                case "malformed":
                    await CannedResponses.WriteAsync(context, 200, "{\"Response\":");
                    break;
                case "stall":
                    await Task.Delay(TimeSpan.FromSeconds(30), _server.Stopping);
                    break;
                case "reset":
                    context.Response.ContentLength = 100;
                    await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{"));
                    await context.Response.Body.FlushAsync();
                    context.Abort();
                    break;
            }
        };
        // Only the stall needs a short timeout; the other failures end on their own, however busy the machine is.
        TimeSpan timeout = failure == "stall" ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(20);
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        using var traces = new ActivityRecorder("AigcVideo.Client.");
        using var fault = new FaultClient(_server.BaseAddress, timeout, loggerFactory: loggerFactory);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.CreateAigcVideoTaskAsync(FaultClient.Request()));

        Task<string?> seen = received.Task;
        Assert.True(await Task.WhenAny(seen, Task.Delay(Deadline.HangDetector)) == seen, "the server never saw the request: " + exception.Message);
        Assert.Equal("Bearer " + FaultClient.ApiKey, await seen);
        Assert.DoesNotContain(FaultClient.ApiKey, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FaultClient.ApiKey, exception.ToString(), StringComparison.Ordinal);

        // The client did log and trace this call (so the checks below look at something), and none of it has the key.
        Assert.Contains(logs.Entries, e => e.Category == "AigcVideo.Client.AigcVideoClient" && e.EventId.Name == "Sending");
        Activity call = Assert.Single(traces.Stopped, a => a.GetTagItem("server.port") is int port && port == _server.BaseAddress.Port);
        // Failures before or in the headers mark the call; a malformed body fails after it returned. A reset may
        // come before or after the headers were read, so either is right for it.
        if (failure != "reset")
        {
            Assert.Equal(failure == "malformed" ? ActivityStatusCode.Unset : ActivityStatusCode.Error, call.Status);
        }

        Assert.DoesNotContain(FaultClient.ApiKey, logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(FaultClient.ApiKey, traces.AllText(), StringComparison.Ordinal);
        if (failure == "500-echo")
        {
            // The body is the server's; it is kept as sent, and it is the only place the key can appear.
            Assert.Contains(FaultClient.ApiKey, ((CodeGen.Runtime.Errors.ApiException)exception).Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_and_token_providers_do_not_show_the_key()
    {
        IAccessTokenProvider provider = AccessTokenProvider.FromToken(FaultClient.ApiKey);
        var options = new AigcVideoClientOptions { AccessTokenProvider = provider };

        Assert.DoesNotContain(FaultClient.ApiKey, provider.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(FaultClient.ApiKey, options.ToString() ?? string.Empty, StringComparison.Ordinal);
    }
}
