using Operations.Wire;

namespace CodeGen.IntegrationTests.Wire;

/// <summary>
/// Every style and explode combination of the OpenAPI 3.1 style table, sent by the generated client to a real
/// Kestrel server: the raw request line, headers and cookies it receives, and what ASP.NET Core reads from them.
/// </summary>
public sealed class ParameterWireTests : IClassFixture<WireServer>, IDisposable
{
    private static readonly string[] Colors = { "blue", "black", "brown" };
    private static readonly Color Rgb = new() { R = 100, G = 200, B = 150 };

    private readonly WireServer _server;
    private readonly HttpClient _http = new();
    private readonly WireOperationsClient _client;

    public ParameterWireTests(WireServer server)
    {
        _server = server;
        server.Reset();
        _client = server.CreateClient(_http);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Simple_path_parameters()
    {
        await _client.Parameters.PathSimpleAsync("blue", Colors, Rgb);
        Assert.Equal("/path/simple/blue/blue,black,brown/R,100,G,200,B,150", (await _server.NextRequestAsync()).RawTarget);

        await _client.Parameters.PathSimpleExplodeAsync("blue", Colors, Rgb);
        Assert.Equal("/path/simple-explode/blue/blue,black,brown/R=100,G=200,B=150", (await _server.NextRequestAsync()).RawTarget);
    }

    [Fact]
    public async Task Label_path_parameters()
    {
        await _client.Parameters.PathLabelAsync("blue", Colors, Rgb);
        Assert.Equal("/path/label/.blue/.blue,black,brown/.R,100,G,200,B,150", (await _server.NextRequestAsync()).RawTarget);

        await _client.Parameters.PathLabelExplodeAsync("blue", Colors, Rgb);
        Assert.Equal("/path/label-explode/.blue/.blue.black.brown/.R=100.G=200.B=150", (await _server.NextRequestAsync()).RawTarget);
    }

    [Fact]
    public async Task Matrix_path_parameters()
    {
        await _client.Parameters.PathMatrixAsync("blue", Colors, Rgb);
        Assert.Equal("/path/matrix/;p=blue/;a=blue,black,brown/;o=R,100,G,200,B,150", (await _server.NextRequestAsync()).RawTarget);

        await _client.Parameters.PathMatrixExplodeAsync("blue", Colors, Rgb);
        Assert.Equal("/path/matrix-explode/;p=blue/;a=blue;a=black;a=brown/;R=100;G=200;B=150", (await _server.NextRequestAsync()).RawTarget);
    }

    [Fact]
    public async Task Path_values_are_percent_encoded_as_one_segment()
    {
        await _client.Parameters.PathSimpleAsync("a/b c?", new[] { "x,y", "é" }, Rgb);

        Assert.Equal("/path/simple/a%2Fb%20c%3F/x%2Cy,%C3%A9/R,100,G,200,B,150", (await _server.NextRequestAsync()).RawTarget);
    }

    [Fact]
    public async Task Form_query_parameters_unexploded()
    {
        var when = new DateTimeOffset(2026, 11, 24, 3, 4, 5, TimeSpan.FromHours(1));

        await _client.Parameters.QueryFormAsync("blue", Colors, Rgb, when);

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("/query/form?p=blue&a=blue,black,brown&o=R,100,G,200,B,150&when=2026-11-24T03%3A04%3A05.0000000%2B01%3A00", seen.RawTarget);
        Assert.Equal(new[] { "2026-11-24T03:04:05.0000000+01:00" }, seen.Query["when"]);
    }

    [Fact]
    public async Task Form_query_parameters_exploded_with_optional_ones_left_out_when_null()
    {
        await _client.Parameters.QueryFormExplodeAsync("blue", Colors);
        SeenRequest bare = await _server.NextRequestAsync();
        Assert.Equal("/query/form-explode?p=blue&a=blue&a=black&a=brown", bare.RawTarget);
        Assert.Equal(Colors, bare.Query["a"]);

        await _client.Parameters.QueryFormExplodeAsync("blue", Colors, Rgb, 7, new Dictionary<string, string> { ["size"] = "L", ["fit"] = "slim fit" });
        Assert.Equal("/query/form-explode?p=blue&a=blue&a=black&a=brown&R=100&G=200&B=150&limit=7&size=L&fit=slim%20fit", (await _server.NextRequestAsync()).RawTarget);
    }

    [Fact]
    public async Task Space_and_pipe_delimited_query_parameters()
    {
        await _client.Parameters.QueryDelimitedAsync(Colors, new[] { 1, 2, 3 }, Rgb, Rgb, Colors);

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal(
            "/query/delimited?spaced=blue%20black%20brown&piped=1%7C2%7C3&spacedObject=R%20100%20G%20200%20B%20150&pipedObject=R%7C100%7CG%7C200%7CB%7C150&pipedExploded=blue&pipedExploded=black&pipedExploded=brown",
            seen.RawTarget);
        Assert.Equal(new[] { "blue black brown" }, seen.Query["spaced"]);
        Assert.Equal(new[] { "1|2|3" }, seen.Query["piped"]);
    }

    [Fact]
    public async Task Deep_object_query_parameters_from_a_record_and_a_map()
    {
        await _client.Parameters.QueryDeepAsync(Rgb, new Dictionary<string, string> { ["state"] = "open" });

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("/query/deep?color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150&filter%5Bstate%5D=open", seen.RawTarget);
        Assert.Equal(new[] { "200" }, seen.Query["color[G]"]);
        Assert.Equal(new[] { "open" }, seen.Query["filter[state]"]);
    }

    [Fact]
    public async Task Allow_reserved_keeps_reserved_characters_that_are_otherwise_encoded()
    {
        await _client.Parameters.QueryReservedAsync("/files/a:b", "/files/a:b");

        Assert.Equal("/query/reserved?kept=/files/a:b&encoded=%2Ffiles%2Fa%3Ab", (await _server.NextRequestAsync()).RawTarget);
    }

    [Fact]
    public async Task Header_parameters_use_the_simple_style_and_optional_ones_are_left_out()
    {
        await _client.Parameters.HeadersAsync(42, Colors, Rgb, Rgb);

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal("42", seen.Header("X-Prim"));
        Assert.Equal("blue,black,brown", seen.Header("X-Arr"));
        Assert.Equal("R,100,G,200,B,150", seen.Header("X-Obj"));
        Assert.Equal("R=100,G=200,B=150", seen.Header("X-Obj-Exploded"));
        Assert.False(seen.Headers.ContainsKey("X-Absent"));
    }

    [Fact]
    public async Task Cookie_parameters_use_the_form_style_in_one_cookie_header()
    {
        await _client.Parameters.CookiesAsync("abc 123;x", Colors, Colors, Rgb, new Shade { Name = "navy", Dark = true });

        SeenRequest seen = await _server.NextRequestAsync();
        Assert.Equal(
            "session=abc%20123%3Bx; list=blue,black,brown; many=blue; many=black; many=brown; color=R,100,G,200,B,150; name=navy; dark=true",
            seen.Header("Cookie"));
        Assert.Equal("abc 123;x", seen.Cookies["session"]);
        Assert.Equal("navy", seen.Cookies["name"]);
        Assert.False(seen.Cookies.ContainsKey("absent"));
    }

    [Fact]
    public async Task An_untagged_operation_stays_on_the_main_client()
    {
        await _client.PingAsync();

        Assert.Equal("/ping", (await _server.NextRequestAsync()).RawTarget);
    }
}
