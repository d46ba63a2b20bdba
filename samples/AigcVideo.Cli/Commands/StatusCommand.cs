using AigcVideo.Cli.Tasks;

namespace AigcVideo.Cli.Commands;

/// <summary>
/// Queries a task once and prints its state. Exits 0 while it runs or once it succeeded and 1 if it failed, so scripts
/// can tell the outcome without parsing the text.
/// </summary>
internal static class StatusCommand
{
    public static Task<int> RunAsync(CliEnvironment environment, TargetSettings target, string taskId, CancellationToken cancellationToken) =>
        CommandExecution.RunAsync(
            environment,
            target,
            async (api, output, token) =>
            {
                TaskSnapshot snapshot = await TaskQuery.GetAsync(api.Client, taskId, token).ConfigureAwait(false);
                output.StatusShown(snapshot);
                return snapshot.Phase == TaskPhase.Failed ? ExitCodes.TaskFailed : ExitCodes.Success;
            },
            cancellationToken);
}
