using System.Text;
using AigcVideo.Client;
using CodeGen.Runtime.Errors;

namespace CodeGen.IntegrationTests.Faults;

/// <summary>A 200 whose body is not what the spec promised.</summary>
public sealed class BodyFaultTests : IClassFixture<FaultServer>
{
    private readonly FaultServer _server;

    public BodyFaultTests(FaultServer server) => _server = server;

    [Theory]
    [InlineData("{\"Response\":{\"TaskId\":\"t\",\"RequestId\":\"r")]
    [InlineData("""{"Response":{"TaskId":"t","RequestId":"r",}}""")]
    [InlineData("""{"Response":[1,2,3]}""")]
    [InlineData("")]
    public async Task Malformed_or_truncated_JSON_is_an_ApiException_that_keeps_the_body(string body)
    {
        _server.Respond = context => CannedResponses.WriteAsync(context, 200, body);
        using var fault = new FaultClient(_server.BaseAddress);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.CreateAigcVideoTaskAsync(FaultClient.Request()));

        ApiException api = Assert.IsType<ApiException>(exception);
        Assert.Equal(System.Net.HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("could not be read as CreateTaskResponse", api.Message, StringComparison.Ordinal);
        Assert.Equal(body.Length == 0 ? null : body, api.Body);
    }

    [Fact]
    public async Task A_missing_required_member_is_named_in_the_error()
    {
        _server.Respond = context => CannedResponses.WriteAsync(context, 200, """{"Response":{"TaskId":"t"}}""");
        using var fault = new FaultClient(_server.BaseAddress);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.CreateAigcVideoTaskAsync(FaultClient.Request()));

        Assert.Contains("RequestId", Assert.IsType<ApiException>(exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_HTML_page_with_status_200_is_explained_by_its_content_type()
    {
        _server.Respond = context => CannedResponses.WriteAsync(context, 200, "<html><body>Please log in</body></html>", "text/html");
        using var fault = new FaultClient(_server.BaseAddress);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.QueryTaskAsync("t"));

        Assert.Contains("Content-Type text/html, not JSON", Assert.IsType<ApiException>(exception).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_refused_whether_or_not_its_length_was_declared(bool declareLength)
    {
        string huge = "{\"Response\":{\"TaskId\":\"t\",\"RequestId\":\"r\",\"Padding\":\"" + new string('x', 64 * 1024) + "\"}}";
        _server.Respond = async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            if (declareLength)
            {
                context.Response.ContentLength = Encoding.UTF8.GetByteCount(huge);
            }

            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(huge));
        };
        using var fault = new FaultClient(_server.BaseAddress, maxResponseBodyBytes: 16 * 1024);

        Exception exception = await Deadline.ThrowsWithin(() => fault.Client.CreateAigcVideoTaskAsync(FaultClient.Request()));

        Assert.Contains("larger than the limit of 16384 bytes", Assert.IsType<ApiException>(exception).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_members_and_unknown_enum_values_are_tolerated()
    {
        _server.Respond = context => CannedResponses.WriteAsync(context, 200, """
            {"Response":{"Status":"SUSPENDED","RequestId":"r","NewTopLevel":{"a":[1,2]},
             "AigcVideoTask":{"TaskId":"t","Status":"PAUSED","ErrCode":0,"Message":"","Progress":5,"Extra":true}}}
            """);
        using var fault = new FaultClient(_server.BaseAddress);

        QueryTaskResponse response = await Deadline.ReturnsWithin(() => fault.Client.QueryTaskAsync("t"));

        Assert.False(response.Response.Status!.Value.IsKnown);
        Assert.Equal("SUSPENDED", response.Response.Status.Value.Value);
        Assert.Equal("PAUSED", response.Response.AigcVideoTask!.Status.Value);
    }
}
