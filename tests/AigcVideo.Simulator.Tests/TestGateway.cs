using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

/// <summary>A running simulator on a manual clock plus an authorized HttpClient for it.</summary>
internal sealed class TestGateway : IAsyncDisposable
{
    public const string CreatePath = "tencent-vod/v1/aigc-video";
    public const string TemplateEffectPath = "tencent-vod/v1/template-effect";

    public static readonly TimeSpan Waiting = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Processing = TimeSpan.FromSeconds(10);

    private TestGateway(AigcVideoSimulator simulator, ManualTimeProvider clock)
    {
        Simulator = simulator;
        Clock = clock;
        Http = new HttpClient { BaseAddress = simulator.BaseAddress };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.ApiKey);
    }

    public AigcVideoSimulator Simulator { get; }

    public ManualTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public static async Task<TestGateway> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var clock = new ManualTimeProvider();
        var options = new SimulatorOptions { TimeProvider = clock, WaitingDuration = Waiting, ProcessingDuration = Processing };
        configure?.Invoke(options);
        return new TestGateway(await AigcVideoSimulator.StartAsync(options), clock);
    }

    /// <summary>A minimal valid create body: Kling 3.0 with a prompt.</summary>
    public static JsonObject ValidBody() => new()
    {
        ["model_name"] = "Kling",
        ["model_version"] = "3.0",
        ["prompt"] = "A red fox running through fresh snow",
    };

    /// <summary>A valid create body whose prompt is <paramref name="prompt"/> (e.g. with a magic token).</summary>
    public static JsonObject BodyWithPrompt(string prompt)
    {
        JsonObject body = ValidBody();
        body["prompt"] = prompt;
        return body;
    }

    /// <summary>Moves the clock to the instant a task created now would finish.</summary>
    public void AdvanceToFinish() => Clock.Advance(Waiting + Processing);

    public Task<ApiResponse> CreateAsync(JsonObject body) => PostAsync(CreatePath, body.ToJsonString());

    public Task<ApiResponse> CreateAsync(string rawBody) => PostAsync(CreatePath, rawBody);

    public async Task<string> CreateTaskAsync(JsonObject? body = null) => (await CreateAsync(body ?? ValidBody())).AssertOk().TaskId;

    public async Task<ApiResponse> PostAsync(string path, string rawBody)
    {
        using var content = new StringContent(rawBody, Encoding.UTF8, "application/json");
        using HttpResponseMessage message = await Http.PostAsync(path, content);
        return await ApiResponse.ReadAsync(message);
    }

    public async Task<ApiResponse> QueryAsync(string taskId)
    {
        using HttpResponseMessage message = await Http.GetAsync($"tencent-vod/v1/query/{taskId}");
        return await ApiResponse.ReadAsync(message);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
    }
}
