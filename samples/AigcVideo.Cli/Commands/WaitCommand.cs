using AigcVideo.Cli.Tasks;

namespace AigcVideo.Cli.Commands;

/// <summary>Waits for an existing task like <c>create</c> does, with the same progress, exit codes and <c>--download</c>.</summary>
internal static class WaitCommand
{
    public static Task<int> RunAsync(CliEnvironment environment, TargetSettings target, string taskId, WaitSettings wait, DownloadSettings download, CancellationToken cancellationToken) =>
        CommandExecution.RunAsync(
            environment,
            target,
            (api, output, token) =>
            {
                output.WaitStarted(taskId);
                return TaskCompletion.WaitAsync(api, output, taskId, wait, download.PathFor(taskId), token);
            },
            cancellationToken);
}
