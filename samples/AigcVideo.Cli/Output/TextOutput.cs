using System.Diagnostics;
using System.Globalization;
using AigcVideo.Cli.Errors;
using AigcVideo.Cli.Progress;
using AigcVideo.Cli.Targets;
using AigcVideo.Cli.Tasks;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Output;

/// <summary>
/// Human-readable output: progress and results on stdout, problems on stderr (so <c>2&gt;/dev/null</c> still leaves
/// the URL). The progress display is closed before anything else is written, so a live line is never overwritten.
/// </summary>
internal sealed class TextOutput(TextWriter output, TextWriter error, IProgressView progress) : ICliOutput
{
    private const string UnknownTaskCode = "InvalidParameterValue.TaskId";

    private readonly Stopwatch _sinceCreation = new();
    private string? _taskId;
    private ApiTarget? _target;
    private bool _willDownload;

    public void TargetSelected(ApiTarget target)
    {
        _target = target;
        output.WriteLine(target.IsLocalSimulator
            ? $"Using the local simulator at {target.BaseAddress} (no --base-url given; set {ApiKey.EnvironmentVariable} and pass --base-url for a real gateway)."
            : $"Using the gateway at {target.BaseAddress}.");
    }

    public void TaskCreated(string taskId, string requestId)
    {
        _taskId = taskId;
        _sinceCreation.Restart();
        output.WriteLine($"Created task {taskId} (RequestId {requestId}).");
    }

    public void TaskQueued(string taskId) => output.WriteLine($"Not waiting (--no-wait). {LaterHint()}");

    public void WaitStarted(string taskId)
    {
        _taskId = taskId;
        _sinceCreation.Restart();
        output.WriteLine($"Waiting for task {taskId}.");
    }

    public void WillDownload(string path) => _willDownload = true;

    public void Progress(TaskSnapshot snapshot) => progress.Show(snapshot, _sinceCreation.Elapsed);

    public void TaskEnded(TaskSnapshot snapshot)
    {
        progress.Finish();
        if (snapshot.Phase == TaskPhase.Succeeded)
        {
            WriteFile(snapshot);
            return;
        }

        error.WriteLine(FailureText.Task(snapshot));
    }

    public void StatusShown(TaskSnapshot snapshot)
    {
        string percent = snapshot.Progress is { } value ? $" {value}%" : string.Empty;
        output.WriteLine($"Task {snapshot.TaskId}: {snapshot.Status}{percent}");
        switch (snapshot.Phase)
        {
            case TaskPhase.Succeeded:
                WriteFile(snapshot);
                break;
            case TaskPhase.Failed:
                error.WriteLine(FailureText.Task(snapshot));
                break;
        }
    }

    public void Downloaded(string taskId, DownloadedFile file) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Saved {file.Path} ({file.Length} bytes)."));

    public void RequestInvalid(IReadOnlyList<ValidationProblem> problems)
    {
        error.WriteLine("error: the request breaks the SDK's per-model rules; nothing was sent:");
        foreach (ValidationProblem problem in problems)
        {
            error.WriteLine($"  {problem}");
        }

        error.WriteLine("Fix the options, or pass --skip-validation if the service now accepts this.");
    }

    public void ApiFailed(ApiFailure failure)
    {
        progress.Finish();
        error.WriteLine(FailureText.Api(failure));
        if (_target is { IsLocalSimulator: true } && failure.Code == UnknownTaskCode)
        {
            // The usual cause: a task id from an earlier command, whose simulator stopped with it.
            error.WriteLine("(Without --base-url each command starts its own local simulator, which knows no tasks from earlier commands.)");
        }
    }

    public void DownloadFailed(string message)
    {
        progress.Finish();
        error.WriteLine($"Download failed: {message}");
    }

    public void TimedOut(TimeSpan timeout, TaskSnapshot? last)
    {
        progress.Finish();
        string lastSeen = last is null ? string.Empty : $" (last seen: {last.Status}{(last.Progress is { } p ? $" {p}%" : string.Empty)})";
        error.WriteLine($"Timed out after {DurationText.Format(timeout)} waiting for task {_taskId}{lastSeen}. Raise --timeout. {LaterHint()}");
    }

    public void Cancelled()
    {
        progress.Finish();
        error.WriteLine(_taskId is null
            ? "Cancelled."
            : $"Cancelled. Task {_taskId} was not cancelled on the server. {LaterHint()}");
    }

    private void WriteFile(TaskSnapshot snapshot)
    {
        output.WriteLine($"Video ready: {snapshot.FileUrl}");
        if (_target is { IsLocalSimulator: true })
        {
            // Otherwise people try to open a URL that died with the process (unless it is being saved right now).
            if (!_willDownload)
            {
                output.WriteLine("(The local simulator serves this file only while the command runs; it stops on exit. Add --download to keep it.)");
            }
        }
        else if (snapshot.FileExpireTime is { } expires)
        {
            output.WriteLine($"The URL expires at {expires:u}.");
        }
    }

    // The simulator dies with the command and takes its tasks along, so only a remote task can be checked later.
    private string LaterHint() => _target is null or { IsLocalSimulator: true }
        ? "The local simulator stops with this command, so the task cannot be checked later."
        : $"Check it later with: aigc-video status {_taskId} --base-url {_target.BaseAddress}";
}
