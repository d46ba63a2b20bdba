using System.Net;
using System.Text;
using System.Text.Json;
using CodeGen.Runtime.Errors;
using CodeGen.Runtime.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Operations.Edges;

namespace CodeGen.IntegrationTests.Wire;

/// <summary>
/// The edges of operations (Wire/edges.openapi.yaml) on a real Kestrel server: parameters given by JSON content,
/// 2XX and default successes, range errors, multipart/mixed and multipart/related bodies parsed by ASP.NET Core's
/// multipart reader, the preferred request media type, and the Accept header of a negotiated response.
/// </summary>
public sealed class OperationEdgeWireTests : IClassFixture<WireServer>, IDisposable
{
    private readonly WireServer _server;
    private readonly HttpClient _http = new();
    private readonly EdgesClient _client;

    public OperationEdgeWireTests(WireServer server)
    {
        _server = server;
        server.Reset();
        server.Respond = context =>
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        };
        _client = new EdgesClient(_http, new EdgesClientOptions { BaseAddress = server.BaseAddress });
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Json_content_parameters_travel_as_percent_encoded_json_text()
    {
        await _client.SearchAsync(
            new[] { "a b", "c/d" },
            new Filter { Name = "Zoë & co?", Tags = new[] { "x=y", "#1" } },
            xFilter: new Filter { Name = "héader" },
            limit: 5,
            session: new Filter { Name = "s; 1" });

        SeenRequest seen = await _server.NextRequestAsync();
        string rawPath = seen.RawTarget.Substring(0, seen.RawTarget.IndexOf('?'));
        string rawSegment = rawPath.Substring("/search/".Length);
        Assert.DoesNotMatch("[/\"\\[\\] ]", rawSegment);
        Assert.Equal(new[] { "a b", "c/d" }, JsonSerializer.Deserialize<string[]>(Uri.UnescapeDataString(rawSegment)));

        string rawQuery = seen.RawTarget.Substring(seen.RawTarget.IndexOf('?') + 1);
        Assert.DoesNotMatch("[{}\"\\[\\] ?#]", rawQuery);
        Assert.Equal(2, rawQuery.Split('&').Length);
        using (JsonDocument filter = JsonDocument.Parse(seen.Query["filter"].Single()!))
        {
            Assert.Equal("Zoë & co?", filter.RootElement.GetProperty("name").GetString());
            Assert.Equal(new[] { "x=y", "#1" }, filter.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }

        Assert.Equal(new[] { "5" }, seen.Query["limit"]);

        // The header is the JSON text itself; non-ASCII letters arrive as JSON escapes, so the header stays ASCII.
        string header = seen.Header("X-Filter");
        Assert.True(header.All(c => c < 128), header);
        Assert.Equal("héader", JsonDocument.Parse(header).RootElement.GetProperty("name").GetString());

        Assert.Equal("s; 1", JsonDocument.Parse(seen.Cookies["session"]).RootElement.GetProperty("name").GetString());
        Assert.DoesNotContain(" 1", seen.Header("Cookie"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_content_parameters_are_exactly_the_escaped_json_text()
    {
        await _client.SearchAsync(new[] { "x" }, new Filter { Name = "Zoë & co" }, xFilter: new Filter { Name = "Zoë & co" });

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("/search/%5B%22x%22%5D?filter=%7B%22name%22%3A%22Zo%5Cu00EB%20%5Cu0026%20co%22%7D", seen.RawTarget);
        Assert.Equal("""{"name":"Zo\u00EB \u0026 co"}""", seen.Header("X-Filter"));
    }

    [Fact]
    public async Task Optional_json_content_parameters_left_out_are_not_sent()
    {
        await _client.SearchAsync(new[] { "x" }, new Filter());

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal(new[] { "filter" }, seen.Query.Keys);
        Assert.Equal("{}", seen.Query["filter"].Single());
        Assert.False(seen.Headers.ContainsKey("X-Filter"));
        Assert.False(seen.Headers.ContainsKey("Cookie"));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(203)]
    [InlineData(299)]
    public async Task A_2XX_response_is_read_for_any_success_status(int status)
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id": 7, "label": "ranged"}""");
        };

        Item item = await _client.GetRangedAsync();

        Assert.Equal(7, item.Id);
        Assert.Equal("ranged", item.Label);
        SeenRequest seen = await _server.NextRequestAsync();
        Assert.False(seen.Headers.ContainsKey("Accept"), "a response of one media type needs no Accept header");
    }

    [Fact]
    public async Task A_4XX_range_throws_its_typed_error()
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status418ImATeapot;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"title": "Short and stout", "status": 418}""");
        };

        ApiException<Problem> failure = await Assert.ThrowsAsync<ApiException<Problem>>(() => _client.GetRangedAsync());

        Assert.Equal((HttpStatusCode)418, failure.StatusCode);
        Assert.Equal("Short and stout", failure.Error.Title);
    }

    [Fact]
    public async Task A_5XX_range_throws_its_own_typed_error()
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"retryAfterSeconds": 30}""");
        };

        ApiException<Outage> failure = await Assert.ThrowsAsync<ApiException<Outage>>(() => _client.GetRangedAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.StatusCode);
        Assert.Equal(30, failure.Error.RetryAfterSeconds);
    }

    [Fact]
    public async Task Default_alone_is_the_success_body_for_a_2xx_status()
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id": 1, "label": "made"}""");
        };

        Item item = await _client.GetFallbackAsync();

        Assert.Equal(1, item.Id);
        Assert.Equal("made", item.Label);
    }

    [Fact]
    public async Task Default_alone_is_the_typed_error_for_any_other_status()
    {
        _server.Respond = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id": 2, "label": "conflict"}""");
        };

        ApiException<Item> failure = await Assert.ThrowsAsync<ApiException<Item>>(() => _client.GetFallbackAsync());

        Assert.Equal(HttpStatusCode.Conflict, failure.StatusCode);
        Assert.Equal("conflict", failure.Error.Label);
    }

    [Fact]
    public async Task A_multipart_mixed_body_has_one_labelled_part_per_field()
    {
        using var attachment = new MemoryStream(new byte[] { 0, 1, 2, 0xFF });

        await _client.SendMixedAsync(new Item { Id = 3, Label = "meta" }, "héllo", new FilePart(attachment, "a.bin"));

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.StartsWith("multipart/mixed; boundary=", seen.ContentType, StringComparison.Ordinal);
        List<(string Disposition, string ContentType, byte[] Body)> parts = await PartsAsync(seen);
        Assert.Equal(3, parts.Count);
        Assert.Equal(("inline; name=\"meta\"", "application/json; charset=utf-8"), (parts[0].Disposition, parts[0].ContentType));
        Assert.Equal(3, JsonDocument.Parse(parts[0].Body).RootElement.GetProperty("id").GetInt32());
        Assert.Equal(("inline; name=\"note\"", "text/plain; charset=utf-8", "héllo"), (parts[1].Disposition, parts[1].ContentType, Encoding.UTF8.GetString(parts[1].Body)));
        Assert.Equal(("inline; name=\"attachment\"; filename=\"a.bin\"", "application/octet-stream"), (parts[2].Disposition, parts[2].ContentType));
        Assert.Equal(new byte[] { 0, 1, 2, 0xFF }, parts[2].Body);
    }

    [Fact]
    public async Task An_optional_part_left_out_of_a_multipart_mixed_body_is_not_sent()
    {
        await _client.SendMixedAsync(new Item { Id = 4 }, "only");

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal(new[] { "inline; name=\"meta\"", "inline; name=\"note\"" }, (await PartsAsync(seen)).Select(p => p.Disposition));
    }

    [Fact]
    public async Task A_multipart_related_body_keeps_its_subtype_and_part_order()
    {
        using var media = new MemoryStream(Encoding.ASCII.GetBytes("PNG?"));

        await _client.SendRelatedAsync(new Item { Id = 5 }, new FilePart(media, "pic.png", "image/png"));

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.StartsWith("multipart/related; boundary=", seen.ContentType, StringComparison.Ordinal);
        List<(string Disposition, string ContentType, byte[] Body)> parts = await PartsAsync(seen);
        Assert.Equal(new[] { "application/json; charset=utf-8", "image/png" }, parts.Select(p => p.ContentType));
        Assert.Equal("PNG?", Encoding.ASCII.GetString(parts[1].Body));
    }

    [Fact]
    public async Task Of_a_form_and_a_json_request_body_json_is_sent()
    {
        await _client.SendChoiceAsync(new Item { Id = 6, Label = "chosen" });

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.StartsWith("application/json", seen.ContentType, StringComparison.Ordinal);
        Assert.Equal("chosen", JsonDocument.Parse(seen.Body).RootElement.GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_response_offering_several_media_types_asks_for_json_and_reads_it()
    {
        _server.Respond = async context =>
        {
            // Answer as a negotiating server would: JSON only when asked for.
            bool wantsJson = context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
            context.Response.ContentType = wantsJson ? "application/json" : "text/plain";
            await context.Response.WriteAsync(wantsJson ? """{"id": 8}""" : "not json");
        };

        Item item = await _client.GetNegotiatedAsync();

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("application/json, application/vnd.edges+json", seen.Header("Accept"));
        Assert.Equal(8, item.Id);
    }

    [Fact]
    public async Task A_text_response_offering_several_types_accepts_each_text_type()
    {
        _server.Respond = async context =>
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            await context.Response.WriteAsync("a,b\n1,2\n");
        };

        string report = await _client.GetNegotiatedTextAsync();

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("text/plain, text/csv", seen.Header("Accept"));
        Assert.Equal("a,b\n1,2\n", report);
    }

    // ASP.NET Core's own multipart reader, over the body exactly as it arrived.
    private static async Task<List<(string Disposition, string ContentType, byte[] Body)>> PartsAsync(SeenRequest seen)
    {
        string boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(seen.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(seen.Body));
        var parts = new List<(string, string, byte[])>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            using var body = new MemoryStream();
            await section.Body.CopyToAsync(body);
            parts.Add((section.ContentDisposition ?? string.Empty, section.ContentType ?? string.Empty, body.ToArray()));
        }

        return parts;
    }
}
