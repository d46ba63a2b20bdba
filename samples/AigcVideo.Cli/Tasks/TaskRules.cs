using TencentVod.Sdk;
using TaskStatus = TencentVod.Sdk.TaskStatus;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// The terminal-state rule of the reference (§3.1), in one place: a task is done when <c>AigcVideoTask.Status</c> is
/// FINISH or the outer Status is FINISH or ABORTED; it succeeded when ErrCode is 0 and the first output file has a URL.
/// Tencent does not state this rule; it is inferred from its examples and from third-party pollers.
/// </summary>
internal static class TaskRules
{
    public static TaskPhase Classify(TaskDetail detail)
    {
        AigcVideoTask? task = detail.AigcVideoTask;
        bool innerFinished = task is not null && task.Status == TaskStatus.Finish;
        bool outerFinished = detail.Status == TaskStatus.Finish;
        bool aborted = detail.Status == TaskStatus.Aborted;
        if (!innerFinished && !outerFinished && !aborted)
        {
            return TaskPhase.Running;
        }

        if (aborted || (task?.ErrCode ?? 0) != 0)
        {
            return TaskPhase.Failed;
        }

        // FINISH with ErrCode 0 but no file is not a success the caller can use; report it as a failure.
        return string.IsNullOrEmpty(FirstFile(task)?.FileUrl) ? TaskPhase.Failed : TaskPhase.Succeeded;
    }

    public static OutputFileInfo? FirstFile(AigcVideoTask? task) =>
        task?.Output?.FileInfos is { Count: > 0 } files ? files[0] : null;
}
