using System.Net;
using AigcVideo.Client;
using CodeGen.Runtime.Errors;
using Microsoft.AspNetCore.Http;

namespace CodeGen.IntegrationTests.Faults;

/// <summary>Error statuses as real servers and proxies send them.</summary>
public sealed class StatusFaultTests : IClassFixture<FaultServer>
{
    private readonly FaultServer _server;

    public StatusFaultTests(FaultServer server) => _server = server;

    [Fact]
    public async Task A_429_keeps_the_typed_error_and_Retry_After_in_seconds()
    {
        _server.Respond = context =>
        {
            context.Response.Headers.RetryAfter = "7";
            return CannedResponses.WriteAsync(context, 429, CannedResponses.TooManyRequests);
        };
        using var fault = new FaultClient(_server.BaseAddress);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.CreateAigcVideoTaskAsync(FaultClient.Request()));

        var typed = Assert.IsType<ApiException<ErrorResponse>>(exception);
        Assert.Equal(HttpStatusCode.TooManyRequests, typed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), typed.RetryAfter);
        Assert.Equal("RequestLimitExceeded", typed.Error.Response.Error.Code);
    }

    [Fact]
    public async Task Retry_After_as_an_HTTP_date_is_measured_against_the_server_clock()
    {
        _server.Respond = context =>
        {
            context.Response.Headers.Date = "Mon, 23 Nov 2026 10:00:00 GMT";
            context.Response.Headers.RetryAfter = "Mon, 23 Nov 2026 10:01:30 GMT";
            return CannedResponses.WriteAsync(context, 503, "{}");
        };
        using var fault = new FaultClient(_server.BaseAddress);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.QueryTaskAsync("t"));

        Assert.Equal(TimeSpan.FromSeconds(90), Assert.IsAssignableFrom<ApiException>(exception).RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task An_HTML_error_page_is_an_ApiException_with_the_page_as_body(int status)
    {
        _server.Respond = context => CannedResponses.WriteAsync(context, status, CannedResponses.BadGatewayPage, "text/html");
        using var fault = new FaultClient(_server.BaseAddress);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.QueryTaskAsync("t"));

        // The spec declares an ErrorResponse for these statuses; an HTML page cannot be one, so the untyped exception carries it.
        ApiException api = Assert.IsType<ApiException>(exception);
        Assert.Equal((HttpStatusCode)status, api.StatusCode);
        Assert.Contains("<h1>502 Bad Gateway</h1>", api.Body, StringComparison.Ordinal);
        Assert.Contains($"HTTP {status}", api.Message, StringComparison.Ordinal);
        Assert.Null(api.RetryAfter);
    }

    [Fact]
    public async Task An_undocumented_status_is_an_untyped_ApiException()
    {
        _server.Respond = context => CannedResponses.WriteAsync(context, StatusCodes.Status418ImATeapot, "short and stout", "text/plain");
        using var fault = new FaultClient(_server.BaseAddress);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.QueryTaskAsync("t"));

        ApiException api = Assert.IsType<ApiException>(exception);
        Assert.Equal((HttpStatusCode)418, api.StatusCode);
        Assert.Equal("short and stout", api.Body);
    }
}
