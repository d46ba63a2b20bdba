namespace AigcVideo.Simulator.Tasks;

/// <summary>
/// What <c>DescribeTaskDetail</c> reports for a task at one instant. The lifecycle is a pure function of the clock:
/// <c>WAITING</c> for <see cref="SimulatedTask.WaitingDuration"/>, then <c>PROCESSING</c> with a progress that grows
/// linearly over <see cref="SimulatedTask.ProcessingDuration"/>, then <c>FINISH</c> with progress 100 and a result file.
/// A forced status replaces both the outer and the inner status.
/// </summary>
/// <param name="Status">The outer <c>Response.Status</c>.</param>
/// <param name="InnerStatus">The <c>AigcVideoTask.Status</c>: <c>PROCESSING</c> until the task finishes.</param>
/// <param name="Progress">0 to 100.</param>
/// <param name="BeginProcessTime">When processing began, or <see langword="null"/> while waiting.</param>
/// <param name="FinishTime">When the task finished, or <see langword="null"/> while it runs.</param>
/// <param name="HasOutput">Whether <c>AigcVideoTask.Output</c> (and the result file) exists.</param>
internal sealed record TaskState(
    string Status,
    string InnerStatus,
    int Progress,
    DateTimeOffset? BeginProcessTime,
    DateTimeOffset? FinishTime,
    bool HasOutput)
{
    /// <summary>The state of <paramref name="task"/> at <paramref name="now"/>.</summary>
    public static TaskState At(SimulatedTask task, DateTimeOffset now)
    {
        TaskState natural = Natural(task, now);
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
            Int128 percent = (Int128)(now - task.BeginProcessTime).Ticks * 100 / task.ProcessingDuration.Ticks;
            int progress = (int)Int128.Clamp(percent, 0, 99);
            return new TaskState(TaskStatuses.Processing, TaskStatuses.Processing, progress, task.BeginProcessTime, null, false);
        }

        return new TaskState(TaskStatuses.Finish, TaskStatuses.Finish, 100, task.BeginProcessTime, task.NaturalFinishTime, true);
    }
}
