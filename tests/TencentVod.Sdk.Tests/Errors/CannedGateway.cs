using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace TencentVod.Sdk.Tests.Errors;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers every request with one status and body: the simulator always reports
/// refusals with error statuses, while Tencent sometimes sends them inside a 200.
/// </summary>
internal sealed class CannedGateway : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CannedGateway(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<CannedGateway> StartAsync(HttpStatusCode status, string body)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        app.Run(async context =>
        {
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes);
        });
        await app.StartAsync();
        string address = app.Urls.Single();
        return new CannedGateway(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
