using System.Net;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

public sealed class CreateValidationTests
{
    /// <summary>Case name, request body, expected error code (all HTTP 400).</summary>
    public static TheoryData<string, string, string> Rejected => new()
    {
        { "session_id 51 chars", With(b => b["session_id"] = new string('s', 51)), "InvalidParameterValue.SessionIdTooLong" },
        { "session_context 1001 chars", With(b => b["session_context"] = new string('c', 1001)), "InvalidParameterValue.SessionContextTooLong" },
        { "tasks_priority 11", With(b => b["tasks_priority"] = 11), "InvalidParameterValue" },
        { "tasks_priority -11", With(b => b["tasks_priority"] = -11), "InvalidParameterValue" },
        { "tasks_priority 1.5", With(b => b["tasks_priority"] = 1.5), "InvalidParameterValue" },
        { "tasks_priority word", With(b => b["tasks_priority"] = "high"), "InvalidParameterValue" },
        { "unknown model", With(b => b["model_name"] = "Sora"), "InvalidParameterValue" },
        { "model name wrong case", With(b => b["model_name"] = "kling"), "InvalidParameterValue" },
        { "version of another model", With(b => b["model_version"] = "q2"), "InvalidParameterValue" },
        { "model_name missing", Without("model_name"), "MissingParameter" },
        { "model_version missing", Without("model_version"), "MissingParameter" },
        { "model_name empty", With(b => b["model_name"] = ""), "MissingParameter" },
        { "model_name not a string", With(b => b["model_name"] = 42), "InvalidParameterValue" },
        { "prompt not a string", With(b => b["prompt"] = new JsonArray("a")), "InvalidParameterValue" },
        { "media_name 65 chars", WithOutput(o => o["media_name"] = new string('m', 65)), "InvalidParameterValue" },
        { "output_config not an object", With(b => b["output_config"] = "big"), "InvalidParameterValue" },
        { "enhance_prompt On", With(b => b["enhance_prompt"] = "On"), "InvalidParameterValue" },
        { "switch wrong case", WithOutput(o => o["audio_generation"] = "enabled"), "InvalidParameterValue" },
        { "enable_bgm yes", WithOutput(o => o["enable_bgm"] = "yes"), "InvalidParameterValue" },
        { "storage_mode Forever", WithOutput(o => o["storage_mode"] = "Forever"), "InvalidParameterValue" },
        { "person_generation Everyone", WithOutput(o => o["person_generation"] = "Everyone"), "InvalidParameterValue" },
        { "input_region Europe", With(b => b["input_region"] = "Europe"), "InvalidParameterValue" },
        { "expire_time not a time", WithOutput(o => o["expire_time"] = "tomorrow"), "InvalidParameterValue" },
        { "class_id negative", WithOutput(o => o["class_id"] = -1), "InvalidParameterValue" },
        { "seed not an integer", With(b => b["seed"] = "abc"), "InvalidParameterValue" },
        { "ext_info a number", With(b => b["ext_info"] = 3), "InvalidParameterValue" },
        { "file type Ftp", WithFile(f => f["type"] = "Ftp"), "InvalidParameterValue" },
        { "file category Text", WithFile(f => f["category"] = "Text"), "InvalidParameterValue" },
        { "file usage Middle", WithFile(f => f["usage"] = "Middle"), "InvalidParameterValue" },
        { "file reference_type other", WithFile(f => f["reference_type"] = "other"), "InvalidParameterValue" },
        { "file keep_original_sound true", WithFile(f => f["keep_original_sound"] = true), "InvalidParameterValue" },
        { "file_infos not an array", With(b => b["file_infos"] = new JsonObject()), "InvalidParameterValue" },
        { "file_infos item not an object", With(b => b["file_infos"] = new JsonArray("x")), "InvalidParameterValue" },
        { "file type Url without url", WithFile(f => { f.Remove("url"); f["file_id"] = "123"; }), "MissingParameter" },
        { "file without any source", WithFile(f => f.Remove("url"), keepType: false), "MissingParameter" },
        { "base64 with data prefix", WithFile(f => { f["type"] = "Base64"; f["base64"] = "data:image/png;base64,AAAA"; }), "InvalidParameterValue" },
        { "base64 not base64", WithFile(f => { f["type"] = "Base64"; f["base64"] = "***"; }), "InvalidParameterValue" },
        { "last frame without first frame", WithFile(f => f["usage"] = "LastFrame"), "InvalidParameter" },
        { "last_frame_url without first frame", With(b => b["last_frame_url"] = "https://example.com/last.png"), "InvalidParameter" },
        { "no prompt and no files", Without("prompt"), "MissingParameter" },
        { "scene type on Vidu", Model("Vidu", "q2", b => b["scene_type"] = "lip_sync"), "InvalidParameterValue" },
        { "unknown Kling scene", With(b => b["scene_type"] = "dance"), "InvalidParameterValue" },
        { "template_effect on create", Model("Vidu", "q2", b => b["scene_type"] = "template_effect"), "InvalidParameterValue" },
        { "Kling duration 2", WithOutput(o => o["duration"] = 2), "InvalidParameterValue" },
        { "Kling duration 16", WithOutput(o => o["duration"] = 16), "InvalidParameterValue" },
        { "duration zero", Model("Hunyuan", "1.5", b => b["output_config"] = new JsonObject { ["duration"] = 0 }), "InvalidParameterValue" },
        { "duration not a number", WithOutput(o => o["duration"] = "five"), "InvalidParameterValue" },
        { "Kling resolution 4K", WithOutput(o => o["resolution"] = "4K"), "InvalidParameterValue" },
        { "Kling aspect 4:3", WithOutput(o => o["aspect_ratio"] = "4:3"), "InvalidParameterValue" },
        { "Hailuo duration 7", Model("Hailuo", "02", b => b["output_config"] = new JsonObject { ["duration"] = 7 }), "InvalidParameterValue" },
        { "Hailuo 02 aspect ratio", Model("Hailuo", "2.3", b => b["output_config"] = new JsonObject { ["aspect_ratio"] = "16:9" }), "InvalidParameterValue" },
        { "Hailuo H3 duration 4.5", Model("Hailuo", "H3", b => b["output_config"] = new JsonObject { ["duration"] = 4.5 }), "InvalidParameterValue" },
        { "Vidu duration 11", Model("Vidu", "q3", b => b["output_config"] = new JsonObject { ["duration"] = 11 }), "InvalidParameterValue" },
        { "Vidu q3 aspect 4:3", Model("Vidu", "q3-pro", b => b["output_config"] = new JsonObject { ["aspect_ratio"] = "4:3" }), "InvalidParameterValue" },
        { "GV duration 5", Model("GV", "3.1-fast", b => b["output_config"] = new JsonObject { ["duration"] = 5 }), "InvalidParameterValue" },
        { "OS resolution 1080P", Model("OS", "2.0", b => b["output_config"] = new JsonObject { ["resolution"] = "1080P" }), "InvalidParameterValue" },
        { "OS duration 6", Model("OS", "2.0", b => b["output_config"] = new JsonObject { ["duration"] = 6 }), "InvalidParameterValue" },
        { "PixVerse upper-case resolution", Model("PixVerse", "v6", b => b["output_config"] = new JsonObject { ["resolution"] = "720P" }), "InvalidParameterValue" },
        { "subject_infos on Hailuo", Model("Hailuo", "02", b => b["subject_infos"] = new JsonArray(new JsonObject { ["id"] = "s1" })), "InvalidParameterValue" },
        { "Kling subject without id", With(b => b["subject_infos"] = new JsonArray(new JsonObject { ["name"] = "cat" })), "MissingParameter" },
        { "Vidu subject with 4 images", Model("Vidu", "q2", b => b["subject_infos"] = new JsonArray(new JsonObject { ["name"] = "cat", ["image_urls"] = new JsonArray("a", "b", "c", "d") })), "InvalidParameterValue" },
        { "audio on Hailuo", Model("Hailuo", "02", b => b["output_config"] = new JsonObject { ["audio_generation"] = "Enabled" }), "InvalidParameterValue" },
        { "audio on PixVerse", Model("PixVerse", "v6", b => b["output_config"] = new JsonObject { ["audio_generation"] = "Enabled" }), "InvalidParameterValue" },
        { "logo on Kling", WithOutput(o => o["logo_add"] = "Enabled"), "InvalidParameterValue" },
        { "frame interpolation on GV", Model("GV", "3.1", b => b["output_config"] = new JsonObject { ["frame_interpolate"] = "Enabled" }), "InvalidParameterValue" },
        { "Vidu q2 subject video", Model("Vidu", "q2", b => b["subject_infos"] = new JsonArray(new JsonObject { ["name"] = "cat", ["video_urls"] = new JsonArray("https://example.com/cat.mp4") })), "InvalidParameterValue" },
        { "body is an array", "[]", "InvalidParameter" },
        { "body is a string", "\"hello\"", "InvalidParameter" },
        { "body is empty", "", "InvalidParameter" },
        { "malformed JSON", """{"model_name":"Kling","model_version":""", "InvalidParameter" },
        { "trailing garbage", """{"model_name":"Kling"} x""", "InvalidParameter" },
    };

    /// <summary>Case name and a request body that must be accepted.</summary>
    public static TheoryData<string, string> Accepted => new()
    {
        { "minimal", With(_ => { }) },
        { "session_id 50 chars", With(b => b["session_id"] = new string('s', 50)) },
        { "session_context 1000 chars", With(b => b["session_context"] = new string('c', 1000)) },
        { "tasks_priority -10", With(b => b["tasks_priority"] = -10) },
        { "tasks_priority 10", With(b => b["tasks_priority"] = 10) },
        { "tasks_priority as string", With(b => b["tasks_priority"] = "5") },
        { "media_name 64 chars", WithOutput(o => o["media_name"] = new string('m', 64)) },
        { "Kling duration 3", WithOutput(o => o["duration"] = 3) },
        { "Kling duration 15", WithOutput(o => o["duration"] = 15) },
        { "duration as string", WithOutput(o => o["duration"] = "5") },
        { "Kling full output", WithOutput(o => { o["resolution"] = "1080P"; o["aspect_ratio"] = "9:16"; o["audio_generation"] = "Enabled"; o["storage_mode"] = "Permanent"; o["class_id"] = 3; o["expire_time"] = "2027-01-01T00:00:00Z"; }) },
        { "nulls are absent", With(b => { b["negative_prompt"] = null; b["output_config"] = null; b["session_id"] = null; }) },
        { "empty session_id", With(b => b["session_id"] = "") },
        { "unknown keys ignored", With(b => b["something_new"] = new JsonObject { ["x"] = 1 }) },
        { "files without prompt", WithFile(_ => { }, removePrompt: true) },
        { "first and last frame on Kling 2.1 1080P", Model("Kling", "2.1", b =>
        {
            b["file_infos"] = new JsonArray(
                new JsonObject { ["type"] = "Url", ["url"] = "https://example.com/a.png", ["usage"] = "FirstFrame" },
                new JsonObject { ["type"] = "Url", ["url"] = "https://example.com/b.png", ["usage"] = "LastFrame" });
            b["output_config"] = new JsonObject { ["resolution"] = "1080P" };
        }) },
        { "first frame and last_frame_url on Vidu q2-pro", Model("Vidu", "q2-pro", b =>
        {
            b["file_infos"] = new JsonArray(new JsonObject { ["type"] = "Url", ["url"] = "https://example.com/a.png" });
            b["last_frame_url"] = "https://example.com/b.png";
        }) },
        { "base64 file", WithFile(f => { f["type"] = "Base64"; f.Remove("url"); f["base64"] = "iVBORw0KGgo="; }) },
        { "Kling motion_control", WithFile(f => f["category"] = "Video", removePrompt: false, scene: "motion_control") },
        { "Kling subject", With(b => b["subject_infos"] = new JsonArray(new JsonObject { ["id"] = "subject-1" })) },
        { "Kling ext_info multi-shot off", With(b => b["ext_info"] = new JsonObject { ["AdditionalParameters"] = new JsonObject { ["multi_shot"] = false } }) },
        { "Kling audio on", WithOutput(o => o["audio_generation"] = "Enabled") },
        { "Vidu frame interpolation and logo", Model("Vidu", "q3", b => b["output_config"] = new JsonObject { ["frame_interpolate"] = "Enabled", ["logo_add"] = "Enabled", ["audio_generation"] = "Enabled" }) },
        { "switches off on any model", Model("Hailuo", "02", b => b["output_config"] = new JsonObject { ["audio_generation"] = "Disabled", ["logo_add"] = "Disabled" }) },
        { "Vidu q2-pro subject video", Model("Vidu", "q2-pro", b => b["subject_infos"] = new JsonArray(new JsonObject { ["name"] = "cat", ["video_urls"] = new JsonArray("https://example.com/cat.mp4") })) },
        { "ext_info string", With(b => b["ext_info"] = "{}") },
        { "Hailuo H3 wide 4K", Model("Hailuo", "H3", b => b["output_config"] = new JsonObject { ["duration"] = 4, ["resolution"] = "4K", ["aspect_ratio"] = "21:9" }) },
        { "Hailuo H3_regen", Model("Hailuo", "H3_regen", b => b["output_config"] = new JsonObject { ["duration"] = 15 }) },
        { "Hailuo 02 duration 10", Model("Hailuo", "02", b => b["output_config"] = new JsonObject { ["duration"] = 10, ["resolution"] = "768P" }) },
        { "Vidu q2 aspect 4:3", Model("Vidu", "q2", b => b["output_config"] = new JsonObject { ["aspect_ratio"] = "4:3", ["duration"] = 1 }) },
        { "Vidu q2-turbo aspect 3:4", Model("Vidu", "q2-turbo", b => b["output_config"] = new JsonObject { ["aspect_ratio"] = "3:4" }) },
        { "GV duration 8", Model("GV", "3.1", b => b["output_config"] = new JsonObject { ["duration"] = 8, ["resolution"] = "1080P" }) },
        { "OS duration 12", Model("OS", "2.0", b => b["output_config"] = new JsonObject { ["duration"] = 12, ["aspect_ratio"] = "9:16" }) },
        { "PixVerse 2k 3:2", Model("PixVerse", "c1", b => b["output_config"] = new JsonObject { ["resolution"] = "2k", ["aspect_ratio"] = "3:2", ["duration"] = 1 }) },
        { "Hunyuan anything", Model("Hunyuan", "1.5", b => b["output_config"] = new JsonObject { ["duration"] = 42, ["resolution"] = "8K", ["aspect_ratio"] = "7:5" }) },
        { "Mingmou", Model("Mingmou", "1.0", _ => { }) },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public Task Invalid_create_requests_are_400(string name, string body, string expectedCode)
        => CreateOutcome.AssertRejectedAsync(name, body, expectedCode);

    [Theory]
    [MemberData(nameof(Accepted))]
    public Task Valid_create_requests_are_200(string name, string body)
        => CreateOutcome.AssertAcceptedAsync(name, body);

    [Fact]
    public async Task Wrong_version_message_names_the_allowed_versions()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.CreateAsync(Model("Vidu", "q9", _ => { }));

        response.AssertError(HttpStatusCode.BadRequest, "InvalidParameterValue");
        Assert.Contains("model_version", response.ErrorMessage, StringComparison.Ordinal);
        foreach (string version in new[] { "q2", "q2-pro", "q2-turbo", "q3", "q3-pro", "q3-turbo" })
        {
            Assert.Contains($"'{version}'", response.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Messages_name_the_field_path()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse media = await gateway.CreateAsync(WithOutput(o => o["media_name"] = new string('m', 65)));
        ApiResponse file = await gateway.CreateAsync(WithFile(f => f["usage"] = "Middle"));
        ApiResponse json = await gateway.CreateAsync("{\"model_name\":");

        Assert.Contains("output_config.media_name", media.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("file_infos[0].usage", file.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", json.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PascalCase_keys_get_a_hint()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.CreateAsync("""{"ModelName":"Kling","ModelVersion":"3.0","Prompt":"fox"}""");

        response.AssertError(HttpStatusCode.BadRequest, "MissingParameter");
        Assert.Contains("snake_case", response.ErrorMessage, StringComparison.Ordinal);
    }

    internal static string With(Action<JsonObject> change)
    {
        JsonObject body = TestGateway.ValidBody();
        change(body);
        return body.ToJsonString();
    }

    private static string Without(string key) => With(b => b.Remove(key));

    internal static string Model(string name, string version, Action<JsonObject> change) => With(b =>
    {
        b["model_name"] = name;
        b["model_version"] = version;
        change(b);
    });

    internal static string WithOutput(Action<JsonObject> change) => With(b =>
    {
        var output = new JsonObject();
        change(output);
        b["output_config"] = output;
    });

    private static string WithFile(Action<JsonObject> change, bool removePrompt = false, bool keepType = true, string? scene = null) => With(b =>
    {
        var file = new JsonObject { ["url"] = "https://example.com/first.png" };
        if (keepType)
        {
            file["type"] = "Url";
        }

        change(file);
        b["file_infos"] = new JsonArray(file);
        if (removePrompt)
        {
            b.Remove("prompt");
        }

        if (scene is not null)
        {
            b["scene_type"] = scene;
        }
    });
}
