using System.Text;
using System.Text.Json;
using CodeGen.Runtime.Http;
using Microsoft.AspNetCore.Http;
using Operations.Wire;

namespace CodeGen.IntegrationTests.Wire;

/// <summary>Request bodies of every kind, read on a real Kestrel server by ASP.NET Core's own parsers.</summary>
public sealed class BodyWireTests : IClassFixture<WireServer>, IDisposable
{
    private readonly WireServer _server;
    private readonly HttpClient _http = new();
    private readonly WireOperationsClient _client;

    public BodyWireTests(WireServer server)
    {
        _server = server;
        server.Reset();
        _client = server.CreateClient(_http);
        server.Respond = async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"contentType": "seen"}""");
        };
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_multipart_body_arrives_as_form_fields_and_files()
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("main file"));
        using var first = new MemoryStream(new byte[] { 1, 2, 3 });
        using var second = new MemoryStream(new byte[] { 4, 5 });
        using var poster = new MemoryStream(new byte[] { 0x89, 0x50, 0x4E, 0x47 });

        Echo echo = await _client.Bodies.UploadMultipartAsync(
            "Holiday \"2026\" é",
            new FilePart(file, "notes.txt", "text/plain"),
            count: 3,
            tags: new[] { "a", "b" },
            color: new Color { R = 1, G = 2, B = 3 },
            attachments: new[] { new FilePart(first, "one.bin"), new FilePart(second, "two.bin") },
            poster: new FilePart(poster, "poster.png", "image/png"));

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("seen", echo.ContentType);
        Assert.StartsWith("multipart/form-data; boundary=", seen.ContentType, StringComparison.Ordinal);
        Assert.Equal(new[] { "Holiday \"2026\" é" }, seen.Form!["title"]);
        Assert.Equal(new[] { "3" }, seen.Form["count"]);
        Assert.Equal(new[] { "a", "b" }, seen.Form["tags"]);
        Assert.Equal(1, JsonDocument.Parse(seen.Form["color"].Single()!).RootElement.GetProperty("R").GetInt32());
        Assert.Equal(
            new[] { ("file", "notes.txt", "text/plain", "6D61696E2066696C65"), ("attachments", "one.bin", "application/octet-stream", "010203"), ("attachments", "two.bin", "application/octet-stream", "0405"), ("poster", "poster.png", "image/png", "89504E47") },
            seen.Files.Select(f => (f.Field, f.FileName, f.ContentType, Convert.ToHexString(f.Content))));
        Assert.True(file.CanRead, "the caller's stream stays open: it belongs to the caller");
    }

    [Fact]
    public async Task Optional_multipart_fields_left_null_are_not_sent()
    {
        using var file = new MemoryStream(new byte[] { 9 });

        await _client.Bodies.UploadMultipartAsync("t", new FilePart(file, "f.bin"));

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal(new[] { "title" }, seen.Form!.Keys);
        Assert.Equal("file", Assert.Single(seen.Files).Field);
    }

    [Fact]
    public async Task A_form_urlencoded_body_arrives_as_request_form()
    {
        await _client.Bodies.SubmitFormAsync("Ann & Bob", count: 2, tags: new[] { "x", "y z" }, color: new Color { R = 5, G = 6, B = 7 }, shade: new Shade { Name = "teal", Dark = false });

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("application/x-www-form-urlencoded", seen.ContentType);
        Assert.Equal(new[] { "Ann & Bob" }, seen.Form!["name"]);
        Assert.Equal(new[] { "2" }, seen.Form["count"]);
        Assert.Equal(new[] { "x", "y z" }, seen.Form["tags"]);
        Assert.Equal(new[] { "5" }, seen.Form["R"]);
        Assert.Equal(new[] { "teal" }, seen.Form["shade[name]"]);
        Assert.Equal(new[] { "false" }, seen.Form["shade[dark]"]);
    }

    [Fact]
    public async Task An_octet_stream_body_sends_the_callers_bytes_and_leaves_the_stream_open()
    {
        byte[] bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();
        using var body = new MemoryStream(bytes);

        await _client.Bodies.UploadBinaryAsync(body);

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("application/octet-stream", seen.ContentType);
        Assert.Equal(bytes, seen.Body);
        Assert.True(body.CanRead);
    }

    [Fact]
    public async Task A_text_body_is_sent_as_utf8_and_a_text_response_read_as_a_string()
    {
        _server.Respond = async context =>
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("echo: ünïcödé");
        };

        string answer = await _client.Bodies.SendTextAsync("héllo\nworld");

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("text/plain; charset=utf-8", seen.ContentType);
        Assert.Equal("héllo\nworld", Encoding.UTF8.GetString(seen.Body));
        Assert.Equal("echo: ünïcödé", answer);
    }

    [Fact]
    public async Task An_optional_text_body_left_null_sends_no_body()
    {
        _server.Respond = context => context.Response.WriteAsync(string.Empty);

        string answer = await _client.Bodies.SendTextAsync();

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Null(seen.ContentType);
        Assert.Empty(seen.Body);
        Assert.Equal(string.Empty, answer);
    }

    [Fact]
    public async Task Of_several_media_types_the_vendor_json_one_is_chosen()
    {
        await _client.Bodies.SendChoiceAsync(new Color { R = 1, G = 2, B = 3 });

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("application/vnd.acme.color+json", seen.ContentType!.Split(';')[0]);
        Assert.Equal("""{"R":1,"G":2,"B":3}""", Encoding.UTF8.GetString(seen.Body));
    }
}
