using System.CommandLine;

namespace AigcVideo.Cli.Commands;

/// <summary>
/// The command tree: the root command creates a video (so a bare <c>aigc-video</c> does the main job), <c>create</c>
/// does the same explicitly, <c>status &lt;task-id&gt;</c> queries once, <c>wait &lt;task-id&gt;</c> waits for an
/// existing task and <c>download &lt;task-id&gt;</c> waits for it and saves the file.
/// </summary>
internal static class CliCommandLine
{
    public const string ExitCodeHelp =
        "Exit codes: 0 success, 1 task failed or aborted, 2 usage, configuration or validation error, 3 API error, 4 timeout, " +
        "5 rate limited (RequestLimitExceeded), 6 download failed, 130 cancelled.";

    public static RootCommand Build(CliEnvironment environment)
    {
        var target = new TargetOptions();
        var root = new RootCommand(
            "Creates an AI video task on Tencent Cloud VOD through the aigc-video gateway, waits for it and prints the video URL. " +
            "Without --base-url it runs against a local simulator, so it works offline and without a key; that simulator stops " +
            "when the command exits, so use --download to keep the video.\n\n" + ExitCodeHelp);
        target.AddTo(root);
        AddCreateAction(root, target, environment);

        var create = new Command("create", "Create a video task and wait for it (the same as running without a command).");
        AddCreateAction(create, target, environment);
        root.Subcommands.Add(create);

        root.Subcommands.Add(StatusCommandLine(target, environment));
        root.Subcommands.Add(WaitCommandLine("wait", "Wait for an existing task and print its video URL (--download saves it).", alwaysDownload: false, target, environment));
        root.Subcommands.Add(WaitCommandLine("download", "Wait for an existing task if needed, then save its video (to <task-id>.mp4 unless --output is given).", alwaysDownload: true, target, environment));
        return root;
    }

    private static void AddCreateAction(Command command, TargetOptions target, CliEnvironment environment)
    {
        var options = new CreateOptions();
        options.AddTo(command);
        command.SetAction((result, token) => CreateCommand.RunAsync(environment, target.Bind(result), options.Bind(result), token));
    }

    private static Command StatusCommandLine(TargetOptions target, CliEnvironment environment)
    {
        Argument<string> taskId = TaskIdArgument();
        var status = new Command("status", "Print a task's state once. Exits 1 if the task failed.");
        status.Arguments.Add(taskId);
        status.SetAction((result, token) => StatusCommand.RunAsync(environment, target.Bind(result), result.GetRequiredValue(taskId), token));
        return status;
    }

    private static Command WaitCommandLine(string name, string description, bool alwaysDownload, TargetOptions target, CliEnvironment environment)
    {
        Argument<string> taskId = TaskIdArgument();
        var wait = new WaitOptions();
        var download = new DownloadOptions(alwaysDownload);
        var command = new Command(name, description);
        command.Arguments.Add(taskId);
        wait.AddTo(command);
        download.AddTo(command);
        command.SetAction((result, token) =>
            WaitCommand.RunAsync(environment, target.Bind(result), result.GetRequiredValue(taskId), wait.Bind(result), download.Bind(result), token));
        return command;
    }

    private static Argument<string> TaskIdArgument() => new("task-id") { Description = "The TaskId printed when the task was created." };
}
