using AigcVideo.Simulator;

namespace AigcVideo.Cli.Targets;

/// <summary>Chooses the gateway: the one named by <c>--base-url</c>, or else a local simulator, so the sample runs offline.</summary>
internal static class TargetFactory
{
    public static async Task<ApiTarget> OpenAsync(Uri? baseUrl, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (baseUrl is not null)
        {
            // Read the key before anything else so a missing key fails fast, before any network traffic.
            string key = ApiKey.Read(environment, baseUrl);
            return new ApiTarget(baseUrl, key, isLocalSimulator: false, owned: null);
        }

        (AigcVideoSimulator simulator, IAsyncDisposable release) = await environment.Simulator.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return new ApiTarget(simulator.BaseAddress, simulator.ApiKey, isLocalSimulator: true, owned: release);
    }
}
