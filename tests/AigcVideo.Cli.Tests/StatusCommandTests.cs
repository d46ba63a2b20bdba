using System.Text.Json;
using AigcVideo.Cli.Targets;

namespace AigcVideo.Cli.Tests;

public sealed class StatusCommandTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task An_unknown_task_is_an_api_error_with_the_tencent_code()
    {
        CliResult result = await Cli.RunAsync(["status", "1500000001-AigcVideo-00000000000000000000000000000000"]);

        Assert.True(result.ExitCode == ExitCodes.ApiError, result.ToString());
        Assert.Contains("HTTP 400", result.Error, StringComparison.Ordinal);
        Assert.Contains("InvalidParameterValue.TaskId", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_task_prints_its_state_and_url()
    {
        string taskId = await CreateAsync();
        await WaitUntilFinishedAsync(taskId);

        CliResult result = await Cli.RunAsync(["status", taskId], SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains($"Task {taskId}: FINISH 100%", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Video ready: {fixture.Simulator.BaseAddress}files/{taskId}.mp4", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_task_exits_0_and_reports_phase_running_in_json()
    {
        string taskId = await CreateAsync();
        fixture.Simulator.ForceStatus(taskId, "PROCESSING");

        CliResult result = await Cli.RunAsync(["status", taskId, "--json"], SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        JsonElement status = JsonLines.Single(JsonLines.Parse(result.Output), "status");
        Assert.Equal(taskId, status.Text("taskId"));
        Assert.Equal("PROCESSING", status.Text("status"));
        Assert.Equal("running", status.Text("phase"));
    }

    [Fact]
    public async Task An_aborted_task_exits_1()
    {
        string taskId = await CreateAsync();
        fixture.Simulator.ForceStatus(taskId, "ABORTED");

        CliResult result = await Cli.RunAsync(["status", taskId, "--json"], SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.TaskFailed, result.ToString());
        JsonElement status = JsonLines.Single(JsonLines.Parse(result.Output), "status");
        Assert.Equal("failed", status.Text("phase"));
        Assert.Equal(0, status.GetProperty("errCode").GetInt64());
    }

    [Fact]
    public async Task Status_without_a_task_id_is_a_usage_error()
    {
        CliResult result = await Cli.RunAsync(["status"]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
    }

    private async Task<string> CreateAsync()
    {
        CliResult created = await Cli.RunAsync(["--no-wait", "--json"], SimulatorSource.Use(fixture.Simulator));
        Assert.True(created.ExitCode == ExitCodes.Success, created.ToString());
        return JsonLines.Single(JsonLines.Parse(created.Output), "created").Text("taskId");
    }

    private async Task WaitUntilFinishedAsync(string taskId)
    {
        for (int attempt = 0; attempt < 100; attempt++)
        {
            CliResult probe = await Cli.RunAsync(["status", taskId, "--json"], SimulatorSource.Use(fixture.Simulator));
            if (JsonLines.Single(JsonLines.Parse(probe.Output), "status").Text("phase") != "running")
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Task {taskId} did not finish.");
    }
}
