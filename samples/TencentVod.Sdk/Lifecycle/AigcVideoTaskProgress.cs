namespace TencentVod.Sdk
{
    /// <summary>
    /// One change seen while waiting: reported on the first query and whenever the status or the percentage changes.
    /// </summary>
    /// <param name="TaskId">The task being waited for.</param>
    /// <param name="Status">The task's status: WAITING, PROCESSING, FINISH, ABORTED, or a value the spec does not know yet.</param>
    /// <param name="Percent">The task's progress from 0 to 100, when the service reports one.</param>
    /// <param name="Phase">What the status means for the wait (running, or how it ended).</param>
    /// <param name="Detail">The query's full answer.</param>
    public sealed record AigcVideoTaskProgress(string TaskId, string Status, int? Percent, AigcVideoTaskPhase Phase, TaskDetail Detail);
}
