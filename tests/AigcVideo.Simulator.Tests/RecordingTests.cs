using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace AigcVideo.Simulator.Tests;

public sealed class RecordingTests
{
    [Fact]
    public async Task Every_request_is_recorded_in_order_before_validation()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        const string valid = """{"model_name":"Kling","model_version":"3.0","prompt":"fox"}""";
        const string malformed = "{ this is not json";

        ApiResponse created = await gateway.CreateAsync(valid);
        await gateway.CreateAsync(malformed);
        await gateway.QueryAsync(created.TaskId);
        using (var anonymous = new HttpClient { BaseAddress = gateway.Simulator.BaseAddress })
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("plain"));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            using HttpResponseMessage unauthorized = await anonymous.PostAsync(TestGateway.CreatePath, content);
            Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        }

        IReadOnlyList<RecordedRequest> requests = gateway.Simulator.Requests;

        Assert.Equal(4, requests.Count);
        string auth = $"Bearer {gateway.Simulator.ApiKey}";
        Assert.Equal(new RecordedRequest("POST", "/tencent-vod/v1/aigc-video", auth, "application/json; charset=utf-8", valid), requests[0]);
        Assert.Equal(new RecordedRequest("POST", "/tencent-vod/v1/aigc-video", auth, "application/json; charset=utf-8", malformed), requests[1]);
        Assert.Equal(new RecordedRequest("GET", $"/tencent-vod/v1/query/{created.TaskId}", auth, null, string.Empty), requests[2]);
        Assert.Equal(new RecordedRequest("POST", "/tencent-vod/v1/aigc-video", null, "text/plain", "plain"), requests[3]);
    }

    [Fact]
    public async Task Requests_is_a_snapshot()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        await gateway.CreateTaskAsync();

        IReadOnlyList<RecordedRequest> before = gateway.Simulator.Requests;
        await gateway.CreateTaskAsync();

        Assert.Single(before);
        Assert.Equal(2, gateway.Simulator.Requests.Count);
    }

    [Fact]
    public async Task Unknown_routes_and_wrong_methods_are_recorded_and_rejected()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        using HttpResponseMessage unknown = await gateway.Http.GetAsync("tencent-vod/v1/nothing-here");
        using HttpResponseMessage wrongMethod = await gateway.Http.GetAsync(TestGateway.CreatePath);
        using HttpResponseMessage emptyQuery = await gateway.Http.GetAsync("tencent-vod/v1/query/");

        (await ApiResponse.ReadAsync(unknown)).AssertError(HttpStatusCode.NotFound, "InvalidAction");
        (await ApiResponse.ReadAsync(wrongMethod)).AssertError(HttpStatusCode.MethodNotAllowed, "UnsupportedOperation");
        Assert.Contains("POST", wrongMethod.Content.Headers.Allow);
        (await ApiResponse.ReadAsync(emptyQuery)).AssertError(HttpStatusCode.BadRequest, "MissingParameter");
        Assert.Equal(["/tencent-vod/v1/nothing-here", "/tencent-vod/v1/aigc-video", "/tencent-vod/v1/query/"], gateway.Simulator.Requests.Select(r => r.Path));
    }
}
