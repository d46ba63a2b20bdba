using System.Text;
using CodeGen.Runtime.Errors;
using Microsoft.AspNetCore.Http;
using Operations.Wire;

namespace CodeGen.IntegrationTests.Wire;

/// <summary>Response shapes from a real Kestrel server: downloads as streams, text, no content, several successes, errors.</summary>
public sealed class ResponseWireTests : IClassFixture<WireServer>, IDisposable
{
    private readonly WireServer _server;
    private readonly HttpClient _http = new();
    private readonly WireOperationsClient _client;

    public ResponseWireTests(WireServer server)
    {
        _server = server;
        server.Reset();
        server.Respond = context =>
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        };
        _client = server.CreateClient(_http);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_download_is_returned_as_soon_as_the_headers_arrive_and_streams_the_rest()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        byte[] head = Enumerable.Repeat((byte)'a', 1000).ToArray();
        byte[] tail = Enumerable.Repeat((byte)'b', 200_000).ToArray();
        _server.Respond = async context =>
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(head);
            await context.Response.Body.FlushAsync();

            // The rest is only sent once the client holds the stream: a client that buffered the body would never get it.
            await release.Task.WaitAsync(_server.Stopping);
            await context.Response.Body.WriteAsync(tail);
        };

        Task<Stream> call = _client.Responses.DownloadAsync();
        Stream stream = await call.WaitAsync(TimeSpan.FromSeconds(30));
        await using (stream)
        {
            release.SetResult();
            using var all = new MemoryStream();
            await stream.CopyToAsync(all);
            Assert.Equal(head.Concat(tail).ToArray(), all.ToArray());
        }
    }

    [Fact]
    public async Task A_failed_download_is_an_api_exception_with_the_typed_error()
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"title": "No such file", "status": 404}""");
        };

        ApiException<Problem> failure = await Assert.ThrowsAsync<ApiException<Problem>>(() => _client.Responses.DownloadAsync());

        Assert.Equal("No such file", failure.Error.Title);
    }

    [Fact]
    public async Task A_text_response_is_read_in_its_charset()
    {
        _server.Respond = async context =>
        {
            context.Response.ContentType = "text/plain; charset=iso-8859-1";
            await context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes("café"));
        };

        Assert.Equal("café", await _client.Responses.ReadTextAsync());
    }

    [Fact]
    public async Task No_content_completes_and_a_default_error_is_typed()
    {
        await _client.Responses.DeleteThingAsync();
        Assert.Equal("DELETE", (await _server.NextRequestAsync()).Method);

        _server.Respond = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync("""{"title": "Busy", "status": 409}""");
        };

        ApiException<Problem> failure = await Assert.ThrowsAsync<ApiException<Problem>>(() => _client.Responses.DeleteThingAsync());
        Assert.Equal((409, "Busy"), ((int)failure.StatusCode, failure.Error.Title));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public async Task Several_successes_of_one_type_are_all_read(int status)
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"R": 1, "G": 2, "B": 3}""");
        };

        Color? color = await _client.Responses.SeveralAsync();

        Assert.Equal(2, color!.G);
    }

    [Fact]
    public async Task The_empty_success_of_several_returns_null()
    {
        _server.Respond = context =>
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        };

        Assert.Null(await _client.Responses.SeveralAsync());
    }

    [Fact]
    public async Task Of_several_response_media_types_json_is_read()
    {
        _server.Respond = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"R": 9, "G": 8, "B": 7}""");
        };

        Assert.Equal(9, (await _client.Responses.MediaAsync()).R);
    }
}
