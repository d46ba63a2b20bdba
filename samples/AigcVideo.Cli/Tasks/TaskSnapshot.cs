using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// What the CLI shows of one <c>DescribeTaskDetail</c> answer, flattened so the text and JSON outputs need not know
/// the envelope's nesting.
/// </summary>
internal sealed record TaskSnapshot(
    string TaskId,
    string Status,
    int? Progress,
    TaskPhase Phase,
    string? FileUrl,
    DateTimeOffset? FileExpireTime,
    long? ErrCode,
    string? ErrCodeExt,
    string? Message)
{
    public static TaskSnapshot From(string taskId, TaskDetail detail)
    {
        AigcVideoTask? task = detail.AigcVideoTask;
        OutputFileInfo? file = TaskRules.FirstFile(task);

        // The outer Status is the more telling one (WAITING/PROCESSING/FINISH/ABORTED); the SDK falls back to the inner one.
        string status = AigcVideoTaskState.StatusOf(detail);

        return new TaskSnapshot(
            task?.TaskId is { Length: > 0 } id ? id : taskId,
            status,
            task?.Progress,
            TaskRules.Classify(detail),
            file?.FileUrl,
            file?.ExpireTime,
            task?.ErrCode,
            task?.ErrCodeExt?.Value is { Length: > 0 } ext ? ext : null,
            task?.Message is { Length: > 0 } message ? message : null);
    }

    /// <summary>What "changed" means for progress output: a new status or a new percentage.</summary>
    public (string Status, int? Progress) ProgressKey => (Status, Progress);
}
