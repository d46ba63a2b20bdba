namespace AigcVideo.Simulator.Tasks;

/// <summary>
/// What <c>DescribeTaskDetail</c> reports for a task at one instant. The lifecycle is a pure function of the clock:
/// <c>WAITING</c> for <see cref="SimulatedTask.WaitingDuration"/>, then <c>PROCESSING</c> with a progress that grows
/// linearly over <see cref="SimulatedTask.ProcessingDuration"/>, then <c>FINISH</c> with progress 100 and a result file.
/// A planned <see cref="TaskEnding"/> replaces the good end once its time comes; a forced status replaces both the outer
/// and the inner status.
/// </summary>
/// <param name="Status">The outer <c>Response.Status</c>.</param>
/// <param name="InnerStatus">The <c>AigcVideoTask.Status</c>: <c>PROCESSING</c> until the task finishes.</param>
/// <param name="Progress">0 to 100.</param>
/// <param name="BeginProcessTime">When processing began, or <see langword="null"/> while waiting.</param>
/// <param name="FinishTime">When the task finished, or <see langword="null"/> while it runs.</param>
/// <param name="HasOutput">Whether <c>AigcVideoTask.Output</c> (and the result file) exists.</param>
/// <param name="Failure">The failure to report, or <see langword="null"/> (ErrCode 0).</param>
internal sealed record TaskState(
    string Status,
    string InnerStatus,
    int Progress,
    DateTimeOffset? BeginProcessTime,
    DateTimeOffset? FinishTime,
    bool HasOutput,
    TaskFailure? Failure = null)
{
    /// <summary>Whether the task will not change any more on its own (<c>FINISH</c> or <c>ABORTED</c>).</summary>
    public bool IsTerminal => Status is TaskStatuses.Finish or TaskStatuses.Aborted;

    /// <summary>The state of <paramref name="task"/> at <paramref name="now"/>.</summary>
    public static TaskState At(SimulatedTask task, DateTimeOffset now)
    {
        TaskState natural = task.Ending is { } ending && now >= ending.At ? Ended(task, ending) : Natural(task, now);
        ForcedStatus? forced = task.Forced;
        if (forced is null)
        {
            return natural;
        }

        bool finish = string.Equals(forced.Status, TaskStatuses.Finish, StringComparison.Ordinal);
        bool terminal = finish || string.Equals(forced.Status, TaskStatuses.Aborted, StringComparison.Ordinal);
        return new TaskState(
            forced.Status,
            forced.Status,
            finish ? 100 : natural.Progress,
            natural.BeginProcessTime ?? (terminal ? forced.At : null),
            natural.FinishTime ?? (terminal ? forced.At : null),
            finish);
    }

    private static TaskState Natural(SimulatedTask task, DateTimeOffset now)
    {
        if (now < task.BeginProcessTime)
        {
            return new TaskState(TaskStatuses.Waiting, TaskStatuses.Processing, 0, null, null, false);
        }

        if (now < task.NaturalFinishTime)
        {
            return new TaskState(TaskStatuses.Processing, TaskStatuses.Processing, ProgressAt(task, now), task.BeginProcessTime, null, false);
        }

        return new TaskState(TaskStatuses.Finish, TaskStatuses.Finish, 100, task.BeginProcessTime, task.NaturalFinishTime, true);
    }

    // A failed task is FINISH like a good one (inner status too: the reference documents only PROCESSING and FINISH
    // there), but without output; an aborted one keeps the progress it had, as it never completed.
    private static TaskState Ended(SimulatedTask task, TaskEnding ending)
    {
        DateTimeOffset? begin = ending.At >= task.BeginProcessTime ? task.BeginProcessTime : null;
        int progress = ending.Aborted ? (begin is null ? 0 : ProgressAt(task, ending.At)) : 100;
        string status = ending.Aborted ? TaskStatuses.Aborted : TaskStatuses.Finish;
        return new TaskState(status, TaskStatuses.Finish, progress, begin, ending.At, false, ending.Failure);
    }

    private static int ProgressAt(SimulatedTask task, DateTimeOffset now)
    {
        if (task.ProcessingDuration <= TimeSpan.Zero)
        {
            return 99;
        }

        Int128 percent = (Int128)(now - task.BeginProcessTime).Ticks * 100 / task.ProcessingDuration.Ticks;
        return (int)Int128.Clamp(percent, 0, 99);
    }
}
