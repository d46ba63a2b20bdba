using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace CodeGen.IntegrationTests.Faults;

/// <summary>
/// A Kestrel server on 127.0.0.1 whose every response is whatever the current test says: the way to make a real
/// socket misbehave (reset mid-body, stall, lie about its content) without mocking the HTTP stack.
/// </summary>
public sealed class FaultServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>Handles every request; replaced by each test.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context =>
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    };

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Released when a stalled handler should give up, so disposal never waits for a test's 30 s stall.</summary>
    public CancellationToken Stopping { get; private set; }

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(context => Respond(context));
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
}
