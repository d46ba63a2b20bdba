using System.Text.Json;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

public sealed class EchoTests
{
    [Fact]
    public async Task Input_echoes_the_request_in_PascalCase()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        var body = JsonNode.Parse("""
            {
              "model_name": "Kling",
              "model_version": "2.1",
              "prompt": "一只狐狸在雪地里奔跑",
              "negative_prompt": "blur",
              "enhance_prompt": "Enabled",
              "file_infos": [
                { "type": "Url", "category": "Image", "url": "https://example.com/first.png", "usage": "FirstFrame" },
                { "type": "File", "file_id": "5285890781763144364", "usage": "LastFrame" }
              ],
              "output_config": {
                "storage_mode": "Temporary",
                "media_name": "fox",
                "duration": 5,
                "resolution": "1080P",
                "aspect_ratio": "16:9",
                "audio_generation": "Disabled",
                "person_generation": "AllowAdult",
                "input_compliance_check": "Enabled",
                "output_compliance_check": "Enabled",
                "enhance_switch": "Disabled",
                "enable_bgm": "Enabled"
              },
              "input_region": "Oversea",
              "seed": 12345,
              "session_id": "order-1",
              "session_context": "{\"user\":\"u-1\"}",
              "tasks_priority": 3,
              "ext_info": { "AdditionalParameters": { "multi_shot": false } }
            }
            """)!.AsObject();

        string taskId = await gateway.CreateTaskAsync(body);
        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();

        JsonElement input = query.Task.GetProperty("Input");
        var expected = JsonNode.Parse("""
            {
              "ModelName": "Kling",
              "ModelVersion": "2.1",
              "FileInfos": [
                { "Type": "Url", "Category": "Image", "Url": "https://example.com/first.png", "Usage": "FirstFrame" },
                { "Type": "File", "FileId": "5285890781763144364", "Usage": "LastFrame" }
              ],
              "Prompt": "一只狐狸在雪地里奔跑",
              "NegativePrompt": "blur",
              "EnhancePrompt": "Enabled",
              "OutputConfig": {
                "StorageMode": "Temporary",
                "MediaName": "fox",
                "Duration": 5,
                "Resolution": "1080P",
                "AspectRatio": "16:9",
                "PersonGeneration": "AllowAdult",
                "AudioGeneration": "Disabled",
                "InputComplianceCheck": "Enabled",
                "OutputComplianceCheck": "Enabled",
                "EnhanceSwitch": "Disabled",
                "EnableBGM": "Enabled"
              },
              "InputRegion": "Oversea",
              "Seed": 12345
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(input.GetRawText())), input.GetRawText());
        Assert.Equal("order-1", query.Task.GetProperty("SessionId").GetString());
        Assert.Equal("{\"user\":\"u-1\"}", query.Task.GetProperty("SessionContext").GetString());
        Assert.Contains("一只狐狸", query.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Minimal_request_echo_defaults_storage_mode_and_empty_session()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();

        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();

        JsonElement input = query.Task.GetProperty("Input");
        Assert.Equal("Kling", input.GetProperty("ModelName").GetString());
        Assert.Equal("3.0", input.GetProperty("ModelVersion").GetString());
        Assert.Equal("Temporary", input.GetProperty("OutputConfig").GetProperty("StorageMode").GetString());
        Assert.False(input.TryGetProperty("FileInfos", out _));
        Assert.Equal(string.Empty, query.Task.GetProperty("SessionId").GetString());
        Assert.Equal(string.Empty, query.Task.GetProperty("SessionContext").GetString());
    }

    [Fact]
    public async Task String_numbers_are_echoed_as_numbers()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        JsonObject body = TestGateway.ValidBody();
        body["output_config"] = new JsonObject { ["duration"] = "7.5" };

        string taskId = await gateway.CreateTaskAsync(body);
        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();

        JsonElement duration = query.Task.GetProperty("Input").GetProperty("OutputConfig").GetProperty("Duration");
        Assert.Equal(JsonValueKind.Number, duration.ValueKind);
        Assert.Equal(7.5, duration.GetDouble());
    }
}
