using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// The SDK's terminal-state rule (<see cref="AigcVideoTaskState"/>) as the CLI's exit codes see it: an aborted task
/// is a failed one.
/// </summary>
internal static class TaskRules
{
    public static TaskPhase Classify(TaskDetail detail) => AigcVideoTaskState.PhaseOf(detail) switch
    {
        AigcVideoTaskPhase.Running => TaskPhase.Running,
        AigcVideoTaskPhase.Succeeded => TaskPhase.Succeeded,
        _ => TaskPhase.Failed,
    };

    public static OutputFileInfo? FirstFile(AigcVideoTask? task) =>
        task?.Output?.FileInfos is { Count: > 0 } files ? files[0] : null;
}
