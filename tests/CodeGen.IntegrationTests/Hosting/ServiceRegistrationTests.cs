using System.Diagnostics;
using AigcVideo.Client;
using CodeGen.IntegrationTests.Faults;
using CodeGen.IntegrationTests.Observability;
using CodeGen.Runtime.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CodeGen.IntegrationTests.Hosting;

/// <summary>
/// The generated <c>AddAigcVideoClient</c> (emitted because this project references Microsoft.Extensions.Http) in a
/// real container: typed client from IHttpClientFactory, options through IOptions, logger from the container,
/// resilience handlers chained on the returned builder, and calls to a real server.
/// </summary>
public sealed class ServiceRegistrationTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public ServiceRegistrationTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task The_registered_client_calls_the_simulator_and_logs_through_the_container()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        IHttpClientBuilder builder = services.AddAigcVideoClient(options =>
        {
            options.BaseAddress = _fixture.Simulator.BaseAddress;
            options.AccessTokenProvider = AccessTokenProvider.FromToken(_fixture.Simulator.ApiKey);
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<AigcVideoClient>();
        CreateTaskResponse created = await client.CreateAigcVideoTaskAsync(Request("A heron in the reeds"));

        Assert.Equal(nameof(AigcVideoClient), builder.Name);
        Assert.False(string.IsNullOrEmpty(created.Response.TaskId));
        Assert.Equal(_fixture.Simulator.BaseAddress, client.BaseAddress);
        Assert.Same(provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<IOptions<AigcVideoClientOptions>>().Value.LoggerFactory);
        CapturingLoggerProvider.LogEntry received = Assert.Single(logs.Entries, e => e.Category == "AigcVideo.Client.AigcVideoClient" && e.EventId.Name == "Received");
        Assert.Contains(received.State, p => p.Key == "StatusCode" && Equals(p.Value, 200));
        Assert.Contains(received.State, p => p.Key == "Operation" && Equals(p.Value, "CreateAigcVideoTaskAsync"));
    }

    [Fact]
    public async Task Options_configured_elsewhere_reach_the_client_and_each_resolution_is_a_new_client()
    {
        var services = new ServiceCollection();
        // The usual binding: services.Configure<T>(configuration.GetSection(...)) works the same way.
        services.Configure<AigcVideoClientOptions>(options =>
        {
            options.BaseAddress = _fixture.Simulator.BaseAddress;
            options.AccessTokenProvider = AccessTokenProvider.FromToken(_fixture.Simulator.ApiKey);
        });
        services.AddAigcVideoClient();
        await using ServiceProvider provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<AigcVideoClient>();
        var second = provider.GetRequiredService<AigcVideoClient>();
        CreateTaskResponse created = await first.CreateAigcVideoTaskAsync(Request("A kite over dunes"));
        QueryTaskResponse queried = await second.QueryTaskAsync(created.Response.TaskId!);

        Assert.NotSame(first, second);
        Assert.Null(queried.Response.Error);
        Assert.NotNull(queried.Response.Status);
    }

    [Fact]
    public async Task The_standard_resilience_handler_chains_and_retries_a_query_answered_503()
    {
        await using var server = new FaultServer();
        await server.InitializeAsync();
        int attempts = 0;
        server.Respond = context => Interlocked.Increment(ref attempts) == 1
            ? CannedResponses.WriteAsync(context, 503, "busy", "text/plain")
            : CannedResponses.WriteAsync(context, 200, """{"Response":{"RequestId":"req-2"}}""");
        var services = new ServiceCollection();
        services.AddAigcVideoClient(options =>
            {
                options.BaseAddress = server.BaseAddress;
                options.AccessTokenProvider = AccessTokenProvider.FromToken("key");
            })
            .AddStandardResilienceHandler(resilience => resilience.Retry.Delay = TimeSpan.FromMilliseconds(1));
        await using ServiceProvider provider = services.BuildServiceProvider();

        QueryTaskResponse answer = await provider.GetRequiredService<AigcVideoClient>().QueryTaskAsync("t-1");

        Assert.Equal("req-2", answer.Response.RequestId);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Each_call_is_an_activity_of_the_clients_source_with_the_http_conventions()
    {
        using var traces = new ActivityRecorder("AigcVideo.Client.AigcVideoClient");
        AigcVideoClient client = _fixture.CreateClient();

        await client.CreateAigcVideoTaskAsync(Request("A lantern on a pier"));

        Activity call = Assert.Single(traces.Stopped, a => Equals(a.GetTagItem("server.port"), _fixture.Simulator.BaseAddress.Port));
        Assert.Equal("AigcVideo.Client.AigcVideoClient", call.Source.Name);
        Assert.Equal(ActivityKind.Client, call.Kind);
        Assert.Equal("POST /tencent-vod/v1/aigc-video", call.DisplayName);
        Assert.Equal("/tencent-vod/v1/aigc-video", call.GetTagItem("url.template"));
        Assert.Equal("POST", call.GetTagItem("http.request.method"));
        Assert.Equal(200, call.GetTagItem("http.response.status_code"));
        Assert.Equal("CreateAigcVideoTaskAsync", call.OperationName);
        Assert.Null(call.GetTagItem("error.type"));
    }

    private static CreateAigcVideoTaskRequest Request(string prompt) => new()
    {
        ModelName = ModelName.Kling,
        ModelVersion = ModelVersion._2_1,
        Prompt = prompt,
    };
}
