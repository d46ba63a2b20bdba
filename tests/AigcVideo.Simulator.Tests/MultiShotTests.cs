using System.Net;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

/// <summary>The gateway's Kling 3.0 multi-shot parameters in <c>ext_info.AdditionalParameters</c> (reference §1.6).</summary>
public sealed class MultiShotTests
{
    public static TheoryData<string, string, string> Rejected => new()
    {
        { "on Kling 2.1", Body("2.1", Shots((1, "a"), (4, "b"))), "InvalidParameterValue" },
        { "on Vidu", CreateValidationTests.Model("Vidu", "q3", b => b["ext_info"] = MultiShot(Shots((5, "a")))), "InvalidParameterValue" },
        { "without shot_type", Body("3.0", Shots((5, "a")), shotType: null), "MissingParameter" },
        { "shot_type auto", Body("3.0", Shots((5, "a")), shotType: "auto"), "InvalidParameterValue" },
        { "without multi_prompt", Body("3.0", null), "MissingParameter" },
        { "no shots", Body("3.0", Shots()), "InvalidParameterValue" },
        { "7 shots", Body("3.0", Shots((1, "a"), (1, "b"), (1, "c"), (1, "d"), (1, "e"), (1, "f"), (1, "g")), duration: 7), "InvalidParameterValue" },
        { "shot prompt 513 chars", Body("3.0", Shots((5, new string('p', 513)))), "InvalidParameterValue" },
        { "shot without prompt", Body("3.0", Shots((5, ""))), "MissingParameter" },
        { "shot under 1 s", Body("3.0", Shots((0.5, "a"), (4.5, "b"))), "InvalidParameterValue" },
        { "durations under the total", Body("3.0", Shots((2, "a"), (2, "b"))), "InvalidParameterValue" },
        { "durations over the given total", Body("3.0", Shots((5, "a"), (5, "b")), duration: 8), "InvalidParameterValue" },
        { "multi_shot not a boolean", With(b => b["ext_info"] = new JsonObject { ["AdditionalParameters"] = new JsonObject { ["multi_shot"] = "yes" } }), "InvalidParameterValue" },
        { "3.0-Omni with a video", Body("3.0-Omni", Shots((5, "a")), video: true), "InvalidParameterValue" },
    };

    public static TheoryData<string, string> Accepted => new()
    {
        { "two shots over the default 5 s", Body("3.0", Shots((2, "a"), (3, "b"))) },
        { "six shots over 15 s", Body("3.0-Omni", Shots((1, "a"), (2, "b"), (3, "c"), (4, "d"), (2.5, "e"), (2.5, "f")), duration: 15) },
        { "shot prompt 512 chars", Body("3.0", Shots((5, new string('p', 512)))) },
        { "no prompt needed", Body("3.0", Shots((5, "a")), removePrompt: true) },
        { "ext_info as a JSON string", With(b => b["ext_info"] = MultiShot(Shots((5, "a"))).ToJsonString()) },
        { "3.0 with a video", Body("3.0", Shots((5, "a")), video: true) },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public Task Invalid_multi_shot_requests_are_400(string name, string body, string expectedCode)
        => CreateOutcome.AssertRejectedAsync(name, body, expectedCode);

    [Theory]
    [MemberData(nameof(Accepted))]
    public Task Valid_multi_shot_requests_are_accepted(string name, string body)
        => CreateOutcome.AssertAcceptedAsync(name, body);

    private static JsonArray Shots(params (double Duration, string Prompt)[] shots) =>
        new(shots.Select((s, i) => (JsonNode?)new JsonObject { ["index"] = i + 1, ["prompt"] = s.Prompt, ["duration"] = s.Duration }).ToArray());

    private static JsonObject MultiShot(JsonArray? shots, string? shotType = "customize")
    {
        var parameters = new JsonObject { ["multi_shot"] = true };
        if (shotType is not null)
        {
            parameters["shot_type"] = shotType;
        }

        if (shots is not null)
        {
            parameters["multi_prompt"] = shots;
        }

        return new JsonObject { ["AdditionalParameters"] = parameters };
    }

    private static string With(Action<JsonObject> change) => CreateValidationTests.With(change);

    private static string Body(string version, JsonArray? shots, string? shotType = "customize", double? duration = null, bool video = false, bool removePrompt = false) =>
        CreateValidationTests.Model("Kling", version, b =>
        {
            b["ext_info"] = MultiShot(shots, shotType);
            if (duration is double seconds)
            {
                b["output_config"] = new JsonObject { ["duration"] = seconds };
            }

            if (video)
            {
                b["file_infos"] = new JsonArray(new JsonObject { ["type"] = "Url", ["url"] = "https://example.com/v.mp4", ["category"] = "Video", ["usage"] = "Reference" });
            }

            if (removePrompt)
            {
                b.Remove("prompt");
            }
        });
}
