using System.Collections.Concurrent;
using AigcVideo.Client;
using CodeGen.IntegrationTests.Faults;
using CodeGen.Runtime.Validation;
using Microsoft.AspNetCore.Http;

namespace CodeGen.IntegrationTests.Validation;

/// <summary>
/// The generated client checks a request body against the spec's constraints before anything goes on the wire, over a
/// real Kestrel server that records every request it receives.
/// </summary>
public sealed class ValidationBeforeSendingTests : IClassFixture<FaultServer>
{
    private const string Accepted = """{"Response":{"TaskId":"1251-AigcVideo-ok","RequestId":"r-1"}}""";

    private readonly FaultServer _server;
    private readonly ConcurrentQueue<string> _received = new();

    public ValidationBeforeSendingTests(FaultServer server)
    {
        _server = server;
        _server.Respond = async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            _received.Enqueue(await reader.ReadToEndAsync());
            await CannedResponses.WriteAsync(context, StatusCodes.Status200OK, Accepted);
        };
    }

    /// <summary>Everything the spec can say about this request is wrong, in five places, two of them nested.</summary>
    private static CreateAigcVideoTaskRequest Invalid() => FaultClient.Request() with
    {
        SessionId = new string('s', 51),
        TasksPriority = 11,
        OutputConfig = new OutputConfig { MediaName = new string('m', 65), Duration = 20 },
        SubjectInfos = new[]
        {
            new SubjectInfo { Name = "Alice" },
            new SubjectInfo { Name = "Bob", ImageUrls = new[] { "https://a/1.png", "https://a/2.png", "https://a/3.png", "https://a/4.png" } },
        },
    };

    [Fact]
    public async Task An_invalid_request_never_reaches_the_server_and_every_violation_is_listed()
    {
        using var http = new HttpClient();
        var client = new AigcVideoClient(http, new AigcVideoClientOptions { BaseAddress = _server.BaseAddress });

        RequestValidationException exception = await Assert.ThrowsAsync<RequestValidationException>(() => client.CreateAigcVideoTaskAsync(Invalid()));
        // The same connection then sends a valid request: had the invalid one gone out, the server would have seen it first.
        CreateTaskResponse accepted = await client.CreateAigcVideoTaskAsync(FaultClient.Request() with { SessionId = "valid-after" });

        Assert.Equal(
            new[]
            {
                "$.subject_infos[1].image_urls maxItems 3",
                "$.output_config.media_name maxLength 64",
                "$.output_config.duration maximum 15",
                "$.session_id maxLength 50",
                "$.tasks_priority maximum 10",
            },
            exception.Errors.Select(e => $"{e.Path} {e.Rule} {e.Limit}").ToArray());
        Assert.Equal("1251-AigcVideo-ok", accepted.Response.TaskId);
        string only = Assert.Single(_received);
        Assert.Contains("\"valid-after\"", only, StringComparison.Ordinal);
        Assert.Contains("5 constraint(s)", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('s', 51), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_validation_switched_off_the_same_request_is_sent_as_it_is()
    {
        using var http = new HttpClient();
        var client = new AigcVideoClient(http, new AigcVideoClientOptions { BaseAddress = _server.BaseAddress, ValidateRequests = false });

        CreateTaskResponse accepted = await client.CreateAigcVideoTaskAsync(Invalid());

        Assert.Equal("1251-AigcVideo-ok", accepted.Response.TaskId);
        string body = Assert.Single(_received);
        Assert.Contains("\"tasks_priority\":11", body, StringComparison.Ordinal);
        Assert.Contains(new string('s', 51), body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-10, 50)]
    [InlineData(10, 0)]
    public async Task Values_on_the_limits_are_sent(int priority, int sessionIdLength)
    {
        using var http = new HttpClient();
        var client = new AigcVideoClient(http, new AigcVideoClientOptions { BaseAddress = _server.BaseAddress });

        await client.CreateAigcVideoTaskAsync(FaultClient.Request() with { TasksPriority = priority, SessionId = new string('x', sessionIdLength) });

        Assert.Single(_received);
    }
}
