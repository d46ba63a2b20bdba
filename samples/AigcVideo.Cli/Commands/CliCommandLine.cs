using System.CommandLine;

namespace AigcVideo.Cli.Commands;

/// <summary>
/// The command tree: the root command creates a video (so a bare <c>aigc-video</c> does the main job), <c>create</c>
/// does the same explicitly, and <c>status &lt;task-id&gt;</c> queries once.
/// </summary>
internal static class CliCommandLine
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var target = new TargetOptions();
        var root = new RootCommand(
            "Creates an AI video task on Tencent Cloud VOD through the aigc-video gateway, waits for it and prints the video URL. " +
            "Without --base-url it runs against a local simulator, so it works offline and without a key.\n\n" +
            "Exit codes: 0 success, 1 task failed, 2 usage or configuration error, 3 API error, 4 timeout, 130 cancelled.");
        target.AddTo(root);
        AddCreateAction(root, target, environment);

        var create = new Command("create", "Create a video task and wait for it (the same as running without a command).");
        AddCreateAction(create, target, environment);
        root.Subcommands.Add(create);

        var taskId = new Argument<string>("task-id") { Description = "The TaskId printed when the task was created." };
        var status = new Command("status", "Print a task's state once. Exits 1 if the task failed.");
        status.Arguments.Add(taskId);
        status.SetAction((result, token) => StatusCommand.RunAsync(environment, target.Bind(result), result.GetRequiredValue(taskId), token));
        root.Subcommands.Add(status);

        return root;
    }

    private static void AddCreateAction(Command command, TargetOptions target, CliEnvironment environment)
    {
        var options = new CreateOptions();
        options.AddTo(command);
        command.SetAction((result, token) => CreateCommand.RunAsync(environment, target.Bind(result), options.Bind(result), token));
    }
}
