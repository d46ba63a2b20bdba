using AigcVideo.Cli.Errors;
using AigcVideo.Cli.Targets;
using AigcVideo.Cli.Tasks;
using TencentVod.Sdk;

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

    /// <summary>The <c>wait</c> or <c>download</c> command starts waiting for an existing task.</summary>
    void WaitStarted(string taskId);

    /// <summary>The video will be saved to <paramref name="path"/> once the task succeeds.</summary>
    void WillDownload(string path);

    /// <summary>The status or percentage changed while waiting.</summary>
    void Progress(TaskSnapshot snapshot);

    /// <summary>The task reached a terminal state while waiting (success or failure).</summary>
    void TaskEnded(TaskSnapshot snapshot);

    /// <summary>The answer of the <c>status</c> command.</summary>
    void StatusShown(TaskSnapshot snapshot);

    /// <summary>The video was saved.</summary>
    void Downloaded(string taskId, DownloadedFile file);

    /// <summary>The request breaks the SDK's per-model rules; nothing was sent.</summary>
    void RequestInvalid(IReadOnlyList<ValidationProblem> problems);

    void ApiFailed(ApiFailure failure);

    /// <summary>The task succeeded but its video could not be fetched or saved.</summary>
    void DownloadFailed(string message);

    void TimedOut(TimeSpan timeout, TaskSnapshot? last);

    void Cancelled();
}
