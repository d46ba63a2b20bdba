using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Primitives;
using Operations.Wire;

namespace CodeGen.IntegrationTests.Wire;

/// <summary>
/// A Kestrel server on 127.0.0.1 that records what each request looked like when it arrived (the raw request
/// target, headers, cookies, and the body as ASP.NET Core parses it) and then answers as the current test says.
/// </summary>
public sealed class WireServer : IAsyncLifetime
{
    private WebApplication? _app;
    private TaskCompletionSource<SeenRequest> _seen = NewSeen();

    /// <summary>Answers every request after it was recorded; a 204 unless a test says otherwise.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context =>
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    };

    public Uri BaseAddress { get; private set; } = null!;

    public CancellationToken Stopping { get; private set; }

    /// <summary>A client of the generated operations document pointed at this server.</summary>
    public WireOperationsClient CreateClient(HttpClient http) => new(http, new WireOperationsClientOptions { BaseAddress = BaseAddress });

    /// <summary>Forgets a request an earlier test left unread, so each test sees only its own.</summary>
    public void Reset() => _seen = NewSeen();

    /// <summary>The request that arrived since the last call, waiting for it if need be.</summary>
    public async Task<SeenRequest> NextRequestAsync()
    {
        SeenRequest seen = await _seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _seen = NewSeen();
        return seen;
    }

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(async context =>
        {
            _seen.TrySetResult(await RecordAsync(context));
            await Respond(context);
        });
        await _app.StartAsync();
        Stopping = _app.Lifetime.ApplicationStopping;
        string address = _app.Urls.Single();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(TimeSpan.FromSeconds(2));
            await _app.DisposeAsync();
        }
    }

    private static TaskCompletionSource<SeenRequest> NewSeen() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<SeenRequest> RecordAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var cookies = request.Cookies.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToArray(), StringComparer.Ordinal);
        Dictionary<string, string?[]>? form = null;
        var files = new List<SeenFile>();
        byte[] body;
        if (request.HasFormContentType)
        {
            IFormCollection parsed = await request.ReadFormAsync();
            form = parsed.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
            foreach (IFormFile file in parsed.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content);
                files.Add(new SeenFile(file.Name, file.FileName, file.ContentType, content.ToArray()));
            }

            body = Array.Empty<byte>();
        }
        else
        {
            using var content = new MemoryStream();
            await request.Body.CopyToAsync(content);
            body = content.ToArray();
        }

        return new SeenRequest(request.Method, rawTarget, headers, cookies, query, request.ContentType, form, files, body);
    }
}
