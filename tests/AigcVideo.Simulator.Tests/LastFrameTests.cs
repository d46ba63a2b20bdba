using System.Net;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

public sealed class LastFrameTests
{
    /// <summary>Case name, request body, expected error code (HTTP 400), under the default legacy last-frame rules.</summary>
    public static TheoryData<string, string, string> Rejected => new()
    {
        { "Kling 3.0", WithFrames("Kling", "3.0", "1080P"), "InvalidParameter" },
        { "Kling 2.1 at default 720P", WithFrames("Kling", "2.1", null), "InvalidParameter" },
        { "Kling 2.1 at 720P", WithFrames("Kling", "2.1", "720P"), "InvalidParameter" },
        { "Vidu q2", WithFrames("Vidu", "q2", null), "InvalidParameter" },
        { "Vidu q3-pro", WithFrames("Vidu", "q3-pro", null), "InvalidParameter" },
        { "Hailuo", WithFrames("Hailuo", "02", null), "InvalidParameter" },
        { "PixVerse", WithFrames("PixVerse", "v6", null), "InvalidParameter" },
        { "OS", WithFrames("OS", "2.0", null), "InvalidParameter" },
        { "GV with two other images", WithFrames("GV", "3.1", null, extraImages: 1), "InvalidParameter" },
        { "two last frames", WithFrames("GV", "3.1", null, lastFrameUrlToo: true), "InvalidParameter" },
        { "last_frame_url and last_frame_file_id", CreateValidationTests.Model("GV", "3.1", b =>
        {
            b["file_infos"] = new JsonArray(Image("FirstFrame"));
            b["last_frame_url"] = "https://example.com/z.png";
            b["last_frame_file_id"] = "5285485487985271487";
        }), "InvalidParameter" },
        { "two first frames", CreateValidationTests.Model("GV", "3.1", b => b["file_infos"] = new JsonArray(Image("FirstFrame"), Image("FirstFrame"))), "InvalidParameterValue" },
        { "a video as last frame", CreateValidationTests.Model("GV", "3.1", b => b["file_infos"] = new JsonArray(
            Image("FirstFrame"),
            new JsonObject { ["type"] = "Url", ["url"] = "https://example.com/v.mp4", ["category"] = "Video", ["usage"] = "LastFrame" })), "InvalidParameterValue" },
    };

    /// <summary>Case name and a body that must be accepted.</summary>
    public static TheoryData<string, string> Accepted => new()
    {
        { "GV", WithFrames("GV", "3.1", null) },
        { "GV fast by URL", WithFrames("GV", "3.1-fast", null, asUrl: true) },
        { "Kling 2.1 at 1080P", WithFrames("Kling", "2.1", "1080P") },
        { "Vidu q2-pro", WithFrames("Vidu", "q2-pro", null) },
        { "Vidu q2-turbo by URL", WithFrames("Vidu", "q2-turbo", null, asUrl: true) },
        { "several images without usage (older multi-image mode)", CreateValidationTests.Model("GV", "3.1", b => b["file_infos"] = new JsonArray(Image(null), Image(null), Image(null))) },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public Task Last_frames_outside_the_gateway_rules_are_rejected(string name, string body, string expectedCode)
        => CreateOutcome.AssertRejectedAsync(name, body, expectedCode);

    [Theory]
    [MemberData(nameof(Accepted))]
    public Task Last_frames_the_gateway_allows_are_accepted(string name, string body)
        => CreateOutcome.AssertAcceptedAsync(name, body);

    [Fact]
    public async Task Kling_message_names_the_version_and_resolution_it_needs()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.CreateAsync(WithFrames("Kling", "3.0", null));

        Assert.Contains("'2.1'", response.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("1080P", response.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_the_legacy_rules_off_only_needs_a_first_frame()
    {
        await using TestGateway gateway = await TestGateway.StartAsync(o => o.LegacyLastFrameRules = false);

        (await gateway.CreateAsync(WithFrames("Hailuo", "02", null))).AssertOk();
        (await gateway.CreateAsync(CreateValidationTests.Model("Hailuo", "02", b => b["file_infos"] = new JsonArray(Image("LastFrame")))))
            .AssertError(HttpStatusCode.BadRequest, "InvalidParameter");
    }

    private static JsonObject Image(string? usage)
    {
        var image = new JsonObject { ["type"] = "Url", ["url"] = $"https://example.com/{Guid.NewGuid():N}.png", ["category"] = "Image" };
        if (usage is not null)
        {
            image["usage"] = usage;
        }

        return image;
    }

    private static string WithFrames(string model, string version, string? resolution, bool asUrl = false, int extraImages = 0, bool lastFrameUrlToo = false) =>
        CreateValidationTests.Model(model, version, b =>
        {
            var files = new JsonArray(Image("FirstFrame"));
            for (int i = 0; i < extraImages; i++)
            {
                files.Add(Image("Reference"));
            }

            if (asUrl || lastFrameUrlToo)
            {
                b["last_frame_url"] = "https://example.com/last.png";
            }

            if (!asUrl)
            {
                files.Add(Image("LastFrame"));
            }

            b["file_infos"] = files;
            if (resolution is not null)
            {
                b["output_config"] = new JsonObject { ["resolution"] = resolution };
            }
        });
}
