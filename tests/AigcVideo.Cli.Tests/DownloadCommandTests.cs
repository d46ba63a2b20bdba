using System.Text.Json;
using AigcVideo.Cli.Targets;

namespace AigcVideo.Cli.Tests;

/// <summary>
/// Create → wait → download through the CLI. The in-process simulator stops when a command exits, so a one-process
/// run downloads with <c>--download</c>; <c>wait</c> and <c>download</c> of an earlier task use a shared simulator.
/// </summary>
public sealed class DownloadCommandTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_default_run_with_output_saves_a_playable_mp4()
    {
        string path = _folder.File("fox.mp4");

        CliResult result = await Cli.RunAsync(["--output", path, "--poll-interval", "50ms"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains($"Saved {path} (", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Add --download", result.Output, StringComparison.Ordinal);
        Mp4.AssertPlayable(path);
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Json_create_with_download_reports_the_saved_file()
    {
        string path = _folder.File("fox.mp4");

        CliResult result = await Cli.RunAsync(["create", "--json", "--download", "--output", path, "--poll-interval", "50ms"]);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        List<JsonElement> events = JsonLines.Parse(result.Output);
        string taskId = JsonLines.Single(events, "created").Text("taskId");
        JsonElement downloaded = JsonLines.Single(events, "downloaded");
        Assert.Equal(taskId, downloaded.Text("taskId"));
        Assert.Equal(path, downloaded.Text("path"));
        Assert.Equal(new FileInfo(path).Length, downloaded.GetProperty("bytes").GetInt64());
        Mp4.AssertPlayable(path);
    }

    [Fact]
    public async Task Wait_then_download_an_earlier_task()
    {
        string taskId = await CreateAsync();
        string path = _folder.File("later.mp4");

        CliResult waited = await Cli.RunAsync(["wait", taskId, "--json", "--poll-interval", "50ms"], SimulatorSource.Use(fixture.Simulator));
        CliResult downloaded = await Cli.RunAsync(["download", taskId, "--output", path], SimulatorSource.Use(fixture.Simulator));

        Assert.True(waited.ExitCode == ExitCodes.Success, waited.ToString());
        List<JsonElement> events = JsonLines.Parse(waited.Output);
        Assert.Equal(taskId, JsonLines.Single(events, "waiting").Text("taskId"));
        Assert.EndsWith($"/files/{taskId}.mp4", JsonLines.Single(events, "succeeded").Text("fileUrl"), StringComparison.Ordinal);
        Assert.True(downloaded.ExitCode == ExitCodes.Success, downloaded.ToString());
        Mp4.AssertPlayable(path);
    }

    [Fact]
    public async Task Download_waits_for_a_running_task_first()
    {
        string taskId = await CreateAsync();
        string path = _folder.File("waited.mp4");

        CliResult result = await Cli.RunAsync(["download", taskId, "-o", path, "--poll-interval", "20ms"], SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains($"Waiting for task {taskId}.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Video ready:", result.Output, StringComparison.Ordinal);
        Mp4.AssertPlayable(path);
    }

    [Fact]
    public async Task Wait_for_an_aborted_task_exits_1()
    {
        string taskId = await CreateAsync();
        fixture.Simulator.AbortTask(taskId);

        CliResult result = await Cli.RunAsync(["wait", taskId, "--json"], SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.TaskFailed, result.ToString());
        JsonElement failed = JsonLines.Single(JsonLines.Parse(result.Output), "failed");
        Assert.Equal("ABORTED", failed.Text("status"));
        Assert.Equal("OperationCanceled", failed.Text("errCodeExt"));
    }

    [Fact]
    public async Task Download_of_an_unknown_task_is_an_api_error_and_writes_nothing()
    {
        CliResult result = await Cli.RunAsync(["download", "1500000001-AigcVideo-00000000000000000000000000000000", "--output", _folder.File("x.mp4"), "--json"]);

        Assert.True(result.ExitCode == ExitCodes.ApiError, result.ToString());
        Assert.Equal("InvalidParameterValue.TaskId", JsonLines.Single(JsonLines.Parse(result.Output), "error").Text("code"));
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Wait_for_a_task_of_an_earlier_local_run_explains_why_it_is_unknown()
    {
        CliResult result = await Cli.RunAsync(["wait", "1500000001-AigcVideo-00000000000000000000000000000000"]);

        Assert.True(result.ExitCode == ExitCodes.ApiError, result.ToString());
        Assert.Contains("InvalidParameterValue.TaskId", result.Error, StringComparison.Ordinal);
        Assert.Contains("knows no tasks from earlier commands", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_into_a_missing_folder_exits_6_after_the_task_succeeded()
    {
        string path = Path.Combine(_folder.Path, "no-such-folder", "fox.mp4");

        CliResult result = await Cli.RunAsync(["--json", "--output", path, "--poll-interval", "50ms"]);

        Assert.True(result.ExitCode == ExitCodes.DownloadFailed, result.ToString());
        List<JsonElement> events = JsonLines.Parse(result.Output);
        JsonLines.Single(events, "succeeded");
        Assert.Contains("no-such-folder", JsonLines.Single(events, "downloadFailed").Text("message"), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> CreateAsync()
    {
        CliResult created = await Cli.RunAsync(["--no-wait", "--json"], SimulatorSource.Use(fixture.Simulator));
        Assert.True(created.ExitCode == ExitCodes.Success, created.ToString());
        return JsonLines.Single(JsonLines.Parse(created.Output), "created").Text("taskId");
    }
}
