namespace AigcVideo.Simulator.Tasks;

/// <summary>One task created by the simulator. Its state is derived from the clock, see <see cref="TaskState.At"/>.</summary>
internal sealed class SimulatedTask
{
    private volatile ForcedStatus? _forced;
    private volatile TaskEnding? _ending;

    /// <summary>Creates a task record.</summary>
    public SimulatedTask(string taskId, DateTimeOffset createdAt, TaskSubmission submission, TimeSpan waitingDuration, TimeSpan processingDuration)
    {
        TaskId = taskId;
        CreatedAt = createdAt;
        Submission = submission;
        WaitingDuration = waitingDuration;
        ProcessingDuration = processingDuration;
        if (submission.Faults.Failure is { } failure)
        {
            _ending = new TaskEnding(NaturalFinishTime, failure, Aborted: false);
        }
        else if (submission.Faults.Abort)
        {
            _ending = new TaskEnding(NaturalFinishTime, TaskFailure.Aborted, Aborted: true);
        }
    }

    /// <summary>The task id, e.g. <c>1500000001-AigcVideo-0123…</c>.</summary>
    public string TaskId { get; }

    /// <summary>When the task was created (simulated clock).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The validated request.</summary>
    public TaskSubmission Submission { get; }

    /// <summary>How long the task waits before processing.</summary>
    public TimeSpan WaitingDuration { get; }

    /// <summary>How long the task processes.</summary>
    public TimeSpan ProcessingDuration { get; }

    /// <summary>When processing begins.</summary>
    public DateTimeOffset BeginProcessTime => CreatedAt + WaitingDuration;

    /// <summary>When the task finishes on its own.</summary>
    public DateTimeOffset NaturalFinishTime => BeginProcessTime + ProcessingDuration;

    /// <summary>The forced status, if any.</summary>
    public ForcedStatus? Forced => _forced;

    /// <summary>The planned bad end, if any.</summary>
    public TaskEnding? Ending => _ending;

    /// <summary>Replaces the planned end of the task with <paramref name="ending"/>.</summary>
    public void End(TaskEnding ending) => _ending = ending;

    /// <summary>Makes <paramref name="status"/> the reported status from <paramref name="at"/> on.</summary>
    public void Force(string status, DateTimeOffset at) => _forced = new ForcedStatus(status, at);
}
