using System.Net;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

/// <summary>The per-item and per-model rules of <c>file_infos</c> (reference §1.2, §1.5).</summary>
public sealed class FileInfoRulesTests
{
    public static TheoryData<string, string> Rejected => new()
    {
        { "GV reference_type feature", Files("GV", "3.1", File("Image", b => b["reference_type"] = "feature")) },
        { "Vidu reference_type asset", Files("Vidu", "q3", File("Image", b => b["reference_type"] = "asset")) },
        { "Kling reference_type on an image", Files("Kling", "3.0", File("Image", b => b["reference_type"] = "base")) },
        { "object_id on Kling", Files("Kling", "3.0", File("Image", b => b["object_id"] = "s1")) },
        { "object_id on a video", Files("Vidu", "q2", File("Video", b => b["object_id"] = "s1")) },
        { "voice_id on Vidu q3", Files("Vidu", "q3", File("Image", b => { b["object_id"] = "s1"; b["voice_id"] = "v1"; })) },
        { "voice_id while an image lacks object_id", Files("Vidu", "q2", File("Image", b => { b["object_id"] = "s1"; b["voice_id"] = "v1"; }), File("Image", _ => { })) },
        { "text on Kling", Files("Kling", "3.0", File("Image", b => b["text"] = "cat")) },
        { "keep_original_sound on an image", Files("Kling", "3.0", File("Image", b => b["keep_original_sound"] = "Enabled")) },
        { "4 images on GV", Files("GV", "3.1", File("Image", Ref), File("Image", Ref), File("Image", Ref), File("Image", Ref)) },
        { "8 images on Vidu q2", Files("Vidu", "q2", Enumerable.Range(0, 8).Select(_ => File("Image", Ref)).ToArray()) },
        { "4 images on Vidu q3", Files("Vidu", "q3", Enumerable.Range(0, 4).Select(_ => File("Image", Ref)).ToArray()) },
    };

    public static TheoryData<string, string> Accepted => new()
    {
        { "GV style reference", Files("GV", "3.1", File("Image", b => { b["reference_type"] = "style"; b["usage"] = "Reference"; })) },
        { "Kling base video", Files("Kling", "3.0", File("Video", b => { b["reference_type"] = "base"; b["keep_original_sound"] = "Enabled"; })) },
        { "PixVerse subject with text", Files("PixVerse", "v6", File("Image", b => { b["reference_type"] = "subject"; b["text"] = "cat"; b["usage"] = "Reference"; })) },
        { "Vidu q2 subjects with voices", Files("Vidu", "q2", File("Image", b => { b["object_id"] = "s1"; b["voice_id"] = "v1"; Ref(b); }), File("Image", b => { b["object_id"] = "s2"; Ref(b); })) },
        { "7 images on Vidu q2", Files("Vidu", "q2", Enumerable.Range(0, 7).Select(_ => File("Image", Ref)).ToArray()) },
        { "3 images on Kling", Files("Kling", "3.0", File("Image", Ref), File("Image", Ref), File("Image", Ref)) },
        { "audio and video do not count as images", Files("Kling", "3.0", File("Image", Ref), File("Image", Ref), File("Image", Ref), File("Video", Ref), File("Audio", Ref)) },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Items_breaking_a_rule_are_invalid_parameter_value(string name, string body)
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.CreateAsync(body);

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{name}: {response.Raw}");
        response.AssertError(HttpStatusCode.BadRequest, "InvalidParameterValue");
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public Task Items_within_the_rules_are_accepted(string name, string body)
        => CreateOutcome.AssertAcceptedAsync(name, body);

    [Fact]
    public async Task Unknown_models_skip_the_per_model_item_rules()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.AcceptUnknownModels = true);

        ApiResponse response = await gateway.CreateAsync(Files("Seedance", "1.5-pro", File("Image", b => { b["object_id"] = "s1"; b["text"] = "x"; b["reference_type"] = "asset"; })));

        response.AssertOk();
    }

    private static void Ref(JsonObject item) => item["usage"] = "Reference";

    private static JsonObject File(string category, Action<JsonObject> change)
    {
        var item = new JsonObject { ["type"] = "Url", ["url"] = $"https://example.com/{Guid.NewGuid():N}", ["category"] = category };
        change(item);
        return item;
    }

    private static string Files(string model, string version, params JsonObject[] items) =>
        CreateValidationTests.Model(model, version, b => b["file_infos"] = new JsonArray(items));
}
