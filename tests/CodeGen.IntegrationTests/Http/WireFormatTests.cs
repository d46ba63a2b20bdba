using System.Text.Json;
using AigcVideo.Client;
using AigcVideo.Simulator;

namespace CodeGen.IntegrationTests.Http;

/// <summary>What the generated client puts on the wire, as the simulator received it.</summary>
public sealed class WireFormatTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public WireFormatTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Create_sends_snake_case_keys_exact_enum_strings_and_no_nulls()
    {
        string sessionId = "wire-" + Guid.NewGuid().ToString("N");
        await _fixture.CreateClient().CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
        {
            ModelName = ModelName.Kling,
            ModelVersion = ModelVersion._2_1,
            Prompt = "A lighthouse at dusk",
            EnhancePrompt = Switch.Enabled,
            SessionId = sessionId,
            TasksPriority = -3,
            FileInfos = new[]
            {
                new InputFileInfo { Type = FileType.Url, Category = FileCategory.Image, Url = "https://example.com/first.png", Usage = FileUsage.FirstFrame },
            },
            OutputConfig = new OutputConfig
            {
                StorageMode = StorageMode.Temporary,
                Resolution = Resolution._1080P,
                AspectRatio = AspectRatio._16_9,
                Duration = 5,
                AudioGeneration = Switch.Disabled,
            },
        });

        RecordedRequest request = _fixture.Simulator.Requests.Single(r => r.Body.Contains(sessionId, StringComparison.Ordinal));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/tencent-vod/v1/aigc-video", request.Path);
        Assert.Equal("Bearer " + _fixture.Simulator.ApiKey, request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);

        using JsonDocument body = JsonDocument.Parse(request.Body);
        JsonElement root = body.RootElement;
        Assert.Equal(
            new[] { "model_name", "model_version", "prompt", "enhance_prompt", "file_infos", "output_config", "session_id", "tasks_priority" }.Order(),
            root.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("Kling", root.GetProperty("model_name").GetString());
        Assert.Equal("2.1", root.GetProperty("model_version").GetString());
        Assert.Equal("Enabled", root.GetProperty("enhance_prompt").GetString());
        Assert.Equal(-3, root.GetProperty("tasks_priority").GetInt32());

        JsonElement file = root.GetProperty("file_infos")[0];
        Assert.Equal(new[] { "category", "type", "url", "usage" }, file.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("FirstFrame", file.GetProperty("usage").GetString());

        JsonElement output = root.GetProperty("output_config");
        Assert.Equal("1080P", output.GetProperty("resolution").GetString());
        Assert.Equal("16:9", output.GetProperty("aspect_ratio").GetString());
        Assert.Equal("Temporary", output.GetProperty("storage_mode").GetString());
        Assert.Equal(5, output.GetProperty("duration").GetDouble());
        Assert.DoesNotContain(output.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Query_sends_the_task_id_as_an_escaped_path_segment()
    {
        string odd = "no such/task?x=1";
        await Assert.ThrowsAnyAsync<CodeGen.Runtime.Errors.ApiException>(() => _fixture.CreateClient().QueryTaskAsync(odd));

        RecordedRequest request = _fixture.Simulator.Requests.Last(r => r.Method == "GET");
        // Kestrel decodes everything but %2F; the '?' arriving inside the path shows no query string was started.
        Assert.Equal("/tencent-vod/v1/query/no such%2Ftask?x=1", request.Path);
    }
}
