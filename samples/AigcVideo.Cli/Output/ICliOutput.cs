using AigcVideo.Cli.Errors;
using AigcVideo.Cli.Targets;
using AigcVideo.Cli.Tasks;

namespace AigcVideo.Cli.Output;

/// <summary>
/// Everything a command reports, as events. The commands decide what happened; the text and JSON outputs decide how
/// it looks, so both formats always report the same things.
/// </summary>
internal interface ICliOutput
{
    void TargetSelected(ApiTarget target);

    void TaskCreated(string taskId, string requestId);

    /// <summary>The task was created with <c>--no-wait</c>; nothing more will be reported about it.</summary>
    void TaskQueued(string taskId);

    /// <summary>The status or percentage changed while waiting.</summary>
    void Progress(TaskSnapshot snapshot);

    /// <summary>The task reached a terminal state while waiting (success or failure).</summary>
    void TaskEnded(TaskSnapshot snapshot);

    /// <summary>The answer of the <c>status</c> command.</summary>
    void StatusShown(TaskSnapshot snapshot);

    void ApiFailed(ApiFailure failure);

    void TimedOut(TimeSpan timeout, TaskSnapshot? last);

    void Cancelled();
}
