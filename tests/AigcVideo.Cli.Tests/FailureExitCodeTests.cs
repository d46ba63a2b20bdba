using System.Text.Json;
using AigcVideo.Cli.Targets;
using AigcVideo.Simulator;

namespace AigcVideo.Cli.Tests;

/// <summary>The documented exit codes for a failed task, a rate limit and a request the SDK refuses.</summary>
public sealed class FailureExitCodeTests
{
    [Fact]
    public async Task A_task_that_fails_on_content_exits_1_with_its_codes()
    {
        CliResult result = await Cli.RunAsync(["--json", "--prompt", "A fox [sim:fail-content]", "--poll-interval", "50ms"]);

        Assert.True(result.ExitCode == ExitCodes.TaskFailed, result.ToString());
        JsonElement failed = JsonLines.Single(JsonLines.Parse(result.Output), "failed");
        Assert.Equal("FINISH", failed.Text("status"));
        Assert.Equal(TaskFailure.InvalidInputErrCode, failed.GetProperty("errCode").GetInt64());
        Assert.Equal("InvalidParameter.VoilationContent", failed.Text("errCodeExt"));
        Assert.False(string.IsNullOrEmpty(failed.Text("message")));
    }

    [Fact]
    public async Task A_failed_task_in_text_mode_prints_the_three_fields_on_stderr()
    {
        CliResult result = await Cli.RunAsync(["--prompt", "A fox [sim:fail=ModelGenerateFailed]", "--poll-interval", "50ms"]);

        Assert.True(result.ExitCode == ExitCodes.TaskFailed, result.ToString());
        Assert.Contains("failed (FINISH): ErrCode 70000, ErrCodeExt ModelGenerateFailed, Message \"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limited_create_exits_5_with_the_tencent_code()
    {
        CliResult result = await Cli.RunAsync(["--json", "--prompt", "A fox [sim:rate-limit]"]);

        Assert.True(result.ExitCode == ExitCodes.RateLimited, result.ToString());
        JsonElement error = JsonLines.Single(JsonLines.Parse(result.Output), "error");
        Assert.Equal(429, error.GetProperty("httpStatus").GetInt32());
        Assert.Equal("RequestLimitExceeded", error.Text("code"));
        Assert.False(string.IsNullOrEmpty(error.Text("requestId")));
    }

    [Fact]
    public async Task A_concurrency_limit_exits_5_too()
    {
        await using AigcVideoSimulator simulator = await AigcVideoSimulator.StartAsync(new SimulatorOptions { MaxConcurrentTasks = 1, ProcessingDuration = TimeSpan.FromMinutes(5) });
        CliResult first = await Cli.RunAsync(["--no-wait"], SimulatorSource.Use(simulator));

        CliResult second = await Cli.RunAsync(["--no-wait"], SimulatorSource.Use(simulator));

        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        Assert.True(second.ExitCode == ExitCodes.RateLimited, second.ToString());
        Assert.Contains("RequestLimitExceeded: 70000", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_last_frame_the_model_does_not_take_exits_2_naming_the_rule()
    {
        CliResult result = await Cli.RunAsync(
            ["--model-version", "2.5", "--first-frame", "https://example.com/first.png", "--last-frame", "https://example.com/last.png"]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.Contains("$.last_frame_url: Kling takes a last frame only with ModelVersion 2.1", result.Error, StringComparison.Ordinal);
        Assert.Contains("--skip-validation", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_json_mode_the_refused_request_is_an_invalid_event_listing_every_problem()
    {
        CliResult result = await Cli.RunAsync(["--json", "--model", "Hailuo", "--model-version", "2.3", "--duration", "7", "--aspect-ratio", "16:9"]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        JsonElement invalid = JsonLines.Single(JsonLines.Parse(result.Output), "invalid");
        string[] fields = invalid.GetProperty("problems").EnumerateArray().Select(p => p.Text("field")).ToArray();
        Assert.Equal(["$.output_config.duration", "$.output_config.aspect_ratio"], fields);
    }

    [Fact]
    public async Task Skip_validation_sends_it_to_a_gateway_that_accepts_it()
    {
        var relaxed = new SimulatorOptions { LegacyLastFrameRules = false, WaitingDuration = TimeSpan.FromMilliseconds(50), ProcessingDuration = TimeSpan.FromMilliseconds(200) };

        CliResult result = await Cli.RunAsync(
            ["--model-version", "2.5", "--first-frame", "https://example.com/first.png", "--last-frame", "https://example.com/last.png", "--skip-validation", "--poll-interval", "50ms"],
            SimulatorSource.StartNew(relaxed));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Video ready:", result.Output, StringComparison.Ordinal);
    }
}
