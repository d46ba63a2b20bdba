namespace AigcVideo.Simulator.Tasks;

/// <summary>The task status strings of <c>DescribeTaskDetail</c> (reference §3.1, §4).</summary>
internal static class TaskStatuses
{
    /// <summary>Outer status while the task is queued.</summary>
    public const string Waiting = "WAITING";

    /// <summary>Outer status while the task runs; also the inner status until the task finishes.</summary>
    public const string Processing = "PROCESSING";

    /// <summary>Outer and inner status once the task is done.</summary>
    public const string Finish = "FINISH";

    /// <summary>Outer status of a task that was stopped.</summary>
    public const string Aborted = "ABORTED";
}
