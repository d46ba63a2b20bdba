using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AigcVideo.Cli.Targets;
using AigcVideo.Simulator;

namespace AigcVideo.Cli.Tests;

public sealed partial class CreateCommandTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Default_run_uses_the_local_simulator_and_prints_the_video_url()
    {
        CliResult result = await Cli.RunAsync([]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Using the local simulator at http://127.0.0.1:", result.Output, StringComparison.Ordinal);
        Match url = VideoUrl().Match(result.Output);
        Assert.True(url.Success, result.ToString());
        Assert.Contains("FINISH", result.Output, StringComparison.Ordinal);
        Assert.Contains("100%", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Progress_is_printed_once_per_change_on_plain_lines()
    {
        // A full second of WAITING so that even a slow first poll sees it; a fixed 20 ms pace (no backoff) so that a
        // busy machine still catches PROCESSING.
        var options = new SimulatorOptions { WaitingDuration = TimeSpan.FromSeconds(1), ProcessingDuration = TimeSpan.FromMilliseconds(500) };
        CliResult result = await Cli.RunAsync(["--poll-interval", "20ms", "--max-poll-interval", "20ms"], SimulatorSource.StartNew(options));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.DoesNotContain('\r', result.Output);
        string[] progress = result.Output.Split('\n').Where(line => line.StartsWith('[')).Select(line => line.Trim()).ToArray();
        Assert.True(progress.Length >= 3, result.ToString());
        Assert.Contains(progress, line => line.Contains("WAITING", StringComparison.Ordinal));
        Assert.Contains(progress, line => line.Contains("PROCESSING", StringComparison.Ordinal));

        // Consecutive lines differ in status or percentage (the elapsed-time prefix is left out of the comparison).
        string[] states = progress.Select(line => line[(line.IndexOf(']', StringComparison.Ordinal) + 1)..].Trim()).ToArray();
        Assert.All(states.Zip(states.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public async Task Json_output_is_json_lines_with_the_task_id_and_file_url()
    {
        CliResult result = await Cli.RunAsync(["--json", "--poll-interval", "50ms"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        List<JsonElement> events = JsonLines.Parse(result.Output);
        Assert.Equal("simulator", JsonLines.Single(events, "target").Text("target"));
        string taskId = JsonLines.Single(events, "created").Text("taskId");
        Assert.StartsWith("1500000001-AigcVideo-", taskId, StringComparison.Ordinal);
        Assert.Contains(events, e => e.Text("event") == "progress" && e.Text("taskId") == taskId);

        JsonElement succeeded = JsonLines.Single(events, "succeeded");
        Assert.Equal(taskId, succeeded.Text("taskId"));
        Assert.Equal("FINISH", succeeded.Text("status"));
        Assert.Equal(100, succeeded.GetProperty("progress").GetInt32());
        var fileUrl = new Uri(succeeded.Text("fileUrl"));
        Assert.True(fileUrl.IsAbsoluteUri);
        Assert.EndsWith($"/files/{taskId}.mp4", fileUrl.AbsolutePath, StringComparison.Ordinal);
        Assert.False(succeeded.TryGetProperty("errCode", out _));
    }

    [Fact]
    public async Task The_printed_url_serves_the_video()
    {
        CliResult result = await Cli.RunAsync(["--json", "--poll-interval", "50ms"], SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        string fileUrl = JsonLines.Single(JsonLines.Parse(result.Output), "succeeded").Text("fileUrl");
        using var http = new HttpClient();
        using HttpResponseMessage response = await http.GetAsync(new Uri(fileUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Options_reach_the_gateway_in_the_request_body()
    {
        string sessionId = $"cli-test-{Guid.NewGuid():N}";
        CliResult result = await Cli.RunAsync(
            ["create", "--model", "Vidu", "--model-version", "q2-pro", "--prompt", "A paper boat", "--negative-prompt", "rain",
             "--resolution", "1080P", "--aspect-ratio", "9:16", "--duration", "4", "--session-id", sessionId, "--priority", "3",
             "--no-wait", "--json"],
            SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        RecordedRequest request = Assert.Single(fixture.Simulator.Requests, r => r.Body.Contains(sessionId, StringComparison.Ordinal));
        using JsonDocument body = JsonDocument.Parse(request.Body);
        JsonElement root = body.RootElement;
        Assert.Equal("Vidu", root.Text("model_name"));
        Assert.Equal("q2-pro", root.Text("model_version"));
        Assert.Equal("A paper boat", root.Text("prompt"));
        Assert.Equal("rain", root.Text("negative_prompt"));
        Assert.Equal(3, root.GetProperty("tasks_priority").GetInt32());
        JsonElement output = root.GetProperty("output_config");
        Assert.Equal("1080P", output.Text("resolution"));
        Assert.Equal("9:16", output.Text("aspect_ratio"));
        Assert.Equal(4, output.GetProperty("duration").GetDouble());
    }

    [Fact]
    public async Task No_wait_prints_the_task_id_and_does_not_poll()
    {
        CliResult result = await Cli.RunAsync(["--no-wait", "--json"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        List<JsonElement> events = JsonLines.Parse(result.Output);
        string taskId = JsonLines.Single(events, "created").Text("taskId");
        Assert.Equal(taskId, JsonLines.Single(events, "queued").Text("taskId"));
        Assert.DoesNotContain(events, e => e.Text("event") == "progress");
    }

    [Fact]
    public async Task A_session_id_over_50_characters_is_an_api_error_with_the_tencent_code()
    {
        // The SDK would catch this before sending; skip its validation to see the gateway's own answer.
        CliResult result = await Cli.RunAsync(["--session-id", new string('s', 51), "--skip-validation"]);

        Assert.True(result.ExitCode == ExitCodes.ApiError, result.ToString());
        Assert.Contains("HTTP 400", result.Error, StringComparison.Ordinal);
        Assert.Contains("InvalidParameterValue.SessionIdTooLong", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_error_in_json_mode_is_an_error_event()
    {
        CliResult result = await Cli.RunAsync(["--json", "--model", "NoSuchModel", "--skip-validation"]);

        Assert.True(result.ExitCode == ExitCodes.ApiError, result.ToString());
        JsonElement error = JsonLines.Single(JsonLines.Parse(result.Output), "error");
        Assert.Equal(400, error.GetProperty("httpStatus").GetInt32());
        Assert.Equal("InvalidParameterValue", error.Text("code"));
        Assert.Contains("NoSuchModel", error.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_aborted_task_exits_1_with_the_error_fields()
    {
        await using AigcVideoSimulator slow = await AigcVideoSimulator.StartAsync(new SimulatorOptions { ProcessingDuration = TimeSpan.FromMinutes(5) });
        var output = new LineWriter();
        Task<CliResult> run = Cli.RunAsync(["--poll-interval", "50ms"], SimulatorSource.Use(slow), output: output);

        string created = await output.WaitForLineAsync(line => line.StartsWith("Created task ", StringComparison.Ordinal));
        slow.ForceStatus(created.Split(' ')[2], "ABORTED");
        CliResult result = await run;

        Assert.True(result.ExitCode == ExitCodes.TaskFailed, result.ToString());
        Assert.Contains("ABORTED", result.Output, StringComparison.Ordinal);
        Assert.Contains("was aborted (ABORTED): ErrCode 0, ErrCodeExt (none), Message (none)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_the_spec_does_not_know_keeps_waiting()
    {
        await using AigcVideoSimulator slow = await AigcVideoSimulator.StartAsync(new SimulatorOptions { ProcessingDuration = TimeSpan.FromMinutes(5) });
        var output = new LineWriter();
        Task<CliResult> run = Cli.RunAsync(["--json", "--poll-interval", "20ms"], SimulatorSource.Use(slow), output: output);

        string created = await output.WaitForLineAsync(line => line.Contains("\"created\"", StringComparison.Ordinal));
        string taskId = JsonDocument.Parse(created).RootElement.Text("taskId");
        slow.ForceStatus(taskId, "PAUSED");
        await output.WaitForLineAsync(line => line.Contains("\"PAUSED\"", StringComparison.Ordinal));
        slow.ForceStatus(taskId, "FINISH");
        CliResult result = await run;

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal("FINISH", JsonLines.Single(JsonLines.Parse(result.Output), "succeeded").Text("status"));
    }

    [Fact]
    public async Task A_task_that_outlives_the_timeout_exits_4()
    {
        var slow = new SimulatorOptions { ProcessingDuration = TimeSpan.FromMinutes(5) };
        CliResult result = await Cli.RunAsync(["--timeout", "300ms", "--poll-interval", "50ms"], SimulatorSource.StartNew(slow));

        Assert.True(result.ExitCode == ExitCodes.Timeout, result.ToString());
        Assert.Contains("Timed out after 300ms", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_exits_130_and_names_the_task()
    {
        var slow = new SimulatorOptions { ProcessingDuration = TimeSpan.FromMinutes(5) };
        var output = new LineWriter();
        using var cancellation = new CancellationTokenSource();
        Task<CliResult> run = Cli.RunAsync(["--poll-interval", "50ms"], SimulatorSource.StartNew(slow), output: output, cancellationToken: cancellation.Token);

        string created = await output.WaitForLineAsync(line => line.StartsWith("Created task ", StringComparison.Ordinal));
        await cancellation.CancelAsync();
        CliResult result = await run;

        Assert.True(result.ExitCode == ExitCodes.Cancelled, result.ToString());
        Assert.Contains($"Cancelled. Task {created.Split(' ')[2]}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Base_url_with_the_key_in_the_environment_talks_to_that_gateway()
    {
        CliResult result = await Cli.RunAsync(
            ["--base-url", fixture.Simulator.BaseAddress.AbsoluteUri, "--poll-interval", "50ms"],
            SimulatorSource.StartNew(new SimulatorOptions { ApiKey = "not-this-one" }),
            Cli.WithApiKey(fixture.Simulator.ApiKey));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains($"Using the gateway at {fixture.Simulator.BaseAddress}", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Video ready: {fixture.Simulator.BaseAddress}files/", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Simulator.ApiKey, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_api_error()
    {
        CliResult result = await Cli.RunAsync(["--base-url", fixture.Simulator.BaseAddress.AbsoluteUri], environment: Cli.WithApiKey("wrong-key"));

        Assert.True(result.ExitCode == ExitCodes.ApiError, result.ToString());
        Assert.Contains("HTTP 401, AuthFailure.TokenFailure", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key", result.Output + result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^Video ready: http://127\.0\.0\.1:\d+/files/1500000001-AigcVideo-[0-9a-f]+\.mp4\r?$", RegexOptions.Multiline)]
    private static partial Regex VideoUrl();
}
