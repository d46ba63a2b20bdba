using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CodeGen.IntegrationTests.Faults;

/// <summary>Failures below HTTP: nobody listening, a connection cut mid-body, a server that stalls, a caller that gives up.</summary>
public sealed class TransportFaultTests : IClassFixture<FaultServer>
{
    private readonly FaultServer _server;

    public TransportFaultTests(FaultServer server) => _server = server;

    [Fact]
    public async Task A_refused_connection_is_an_HttpRequestException()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fault = new FaultClient(new Uri($"http://127.0.0.1:{port}/"));

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.QueryTaskAsync("t"));

        HttpRequestException http = Assert.IsType<HttpRequestException>(exception);
        Assert.Equal(HttpRequestError.ConnectionError, http.HttpRequestError);
    }

    [Fact]
    public async Task A_connection_reset_mid_body_is_a_transport_exception_not_a_partial_result()
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 4096;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("""{"Response":{"TaskId":"1500000001-"""));
            await context.Response.Body.FlushAsync();
            context.Abort();
        };
        using var fault = new FaultClient(_server.BaseAddress);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.CreateAigcVideoTaskAsync(FaultClient.Request()));

        // Which one depends on whether the reset reaches the client before or after it has parsed the headers.
        Assert.True(exception is IOException or HttpRequestException, exception.ToString());
    }

    [Fact]
    public async Task Slow_headers_end_in_the_HttpClient_timeout()
    {
        _server.Respond = async context => await Task.Delay(TimeSpan.FromSeconds(30), _server.Stopping);
        using var fault = new FaultClient(_server.BaseAddress, timeout: TimeSpan.FromMilliseconds(500));

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.QueryTaskAsync("t"));

        Assert.IsType<TimeoutException>(Assert.IsType<TaskCanceledException>(exception).InnerException);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_ends_in_the_same_timeout()
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("""{"Response":"""));
            await context.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), _server.Stopping);
        };
        using var fault = new FaultClient(_server.BaseAddress, timeout: TimeSpan.FromMilliseconds(500));

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.QueryTaskAsync("t"));

        TaskCanceledException canceled = Assert.IsType<TaskCanceledException>(exception);
        Assert.IsType<TimeoutException>(canceled.InnerException);
        Assert.Contains("HttpClient.Timeout", canceled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_mid_body_ends_the_call_with_the_callers_token()
    {
        var headersSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Respond = async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("""{"Response":"""));
            await context.Response.Body.FlushAsync();
            headersSent.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(30), _server.Stopping);
        };
        using var fault = new FaultClient(_server.BaseAddress, timeout: Timeout.InfiniteTimeSpan);
        using var cancellation = new CancellationTokenSource();

        Task call = fault.Client.QueryTaskAsync("t", cancellation.Token);
        await headersSent.Task.WaitAsync(Deadline.HangDetector);
        cancellation.Cancel();
        Exception exception = await Deadline.ThrowsWithin(() => call);

        Assert.Equal(cancellation.Token, Assert.IsAssignableFrom<OperationCanceledException>(exception).CancellationToken);
    }

    [Fact]
    public async Task Cancelling_before_the_headers_ends_the_call_with_the_callers_token()
    {
        _server.Respond = async context => await Task.Delay(TimeSpan.FromSeconds(30), _server.Stopping);
        using var fault = new FaultClient(_server.BaseAddress, timeout: Timeout.InfiniteTimeSpan);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.QueryTaskAsync("t", cancellation.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(exception);
        Assert.True(cancellation.IsCancellationRequested);
    }
}
