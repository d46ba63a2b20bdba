using AigcVideo.Client;
using CodeGen.Runtime.Authentication;

namespace CodeGen.IntegrationTests.Faults;

/// <summary>The generated client over its own HttpClient, with the timeout and body limit a fault test needs.</summary>
internal sealed class FaultClient : IDisposable
{
    public const string ApiKey = "sk-fault-test-secret-0123456789";

    private readonly HttpClient _http;

    public FaultClient(Uri baseAddress, TimeSpan? timeout = null, int? maxResponseBodyBytes = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null)
    {
        _http = new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        var options = new AigcVideoClientOptions { BaseAddress = baseAddress, AccessTokenProvider = AccessTokenProvider.FromToken(ApiKey), LoggerFactory = loggerFactory };
        if (maxResponseBodyBytes is { } limit)
        {
            options.MaxResponseBodyBytes = limit;
        }

        Client = new AigcVideoClient(_http, options);
    }

    public AigcVideoClient Client { get; }

    public static CreateAigcVideoTaskRequest Request() => new()
    {
        ModelName = ModelName.Kling,
        ModelVersion = ModelVersion._2_1,
        Prompt = "A lighthouse in a storm",
    };

    public void Dispose() => _http.Dispose();
}
