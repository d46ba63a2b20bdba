using TencentVod.Sdk;

namespace AigcVideo.Cli.Targets;

/// <summary>
/// The gateway a command talks to, with the client bound to it. Disposing it releases the HTTP connection and, for
/// the local simulator, stops the simulator the CLI started.
/// </summary>
internal sealed class ApiTarget : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly IAsyncDisposable? _owned;

    public ApiTarget(Uri baseAddress, string apiKey, bool isLocalSimulator, IAsyncDisposable? owned)
    {
        _owned = owned;
        _http = new HttpClient();
        BaseAddress = baseAddress;
        IsLocalSimulator = isLocalSimulator;
        Client = AigcVideoClient.Create(new TencentVodOptions { ApiKey = apiKey, BaseAddress = baseAddress }, _http);
    }

    public AigcVideoClient Client { get; }

    public Uri BaseAddress { get; }

    public bool IsLocalSimulator { get; }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_owned is not null)
        {
            await _owned.DisposeAsync().ConfigureAwait(false);
        }
    }
}
