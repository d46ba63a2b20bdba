using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeGen.Benchmarks.Runtime.Loopback;

/// <summary>
/// A minimal Kestrel server on loopback that reads each request body and answers with the canned JSON. It runs in a
/// child process (<c>--serve-canned</c>) so its CPU and allocations stay out of the measured process. It prints its
/// address, then serves until its standard input closes (the benchmark process ended).
/// </summary>
internal static class CannedServer
{
    public const string Switch = "--serve-canned";

    public const string ReadyPrefix = "listening ";

    public static async Task<int> RunAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        await using WebApplication app = builder.Build();
        app.Run(ServeAsync);
        await app.StartAsync().ConfigureAwait(false);

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine(ReadyPrefix + address);
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task ServeAsync(HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
        byte[] body = CannedResponses.For(context.Request.Method);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
