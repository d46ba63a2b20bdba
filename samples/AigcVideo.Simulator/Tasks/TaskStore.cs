using System.Security.Cryptography;
using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Faults;

namespace AigcVideo.Simulator.Tasks;

/// <summary>
/// The simulator's in-memory tasks, the <c>session_id</c> deduplication window and the concurrent-task limit. Thread-safe.
/// </summary>
internal sealed class TaskStore
{
    /// <summary>How long a task can be queried and how long a session id blocks a repeat (reference §1.1, §3.1).</summary>
    public static readonly TimeSpan RetentionWindow = TimeSpan.FromDays(3);

    /// <summary>The VOD application id that prefixes every task id.</summary>
    public const string SubAppId = "1500000001";

    private readonly object _gate = new();
    private readonly Dictionary<string, SimulatedTask> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimulatedTask> _sessions = new(StringComparer.Ordinal);
    private readonly TimeSpan _waitingDuration;
    private readonly TimeSpan _processingDuration;
    private readonly int? _maxConcurrentTasks;
    private readonly bool _returnExistingForRepeatedSession;

    /// <summary>
    /// Creates an empty store whose tasks use the given lifecycle durations. <paramref name="maxConcurrentTasks"/> caps
    /// the unfinished tasks (<see langword="null"/>: no cap); <paramref name="returnExistingForRepeatedSession"/> answers a
    /// repeated session id with its task instead of an error.
    /// </summary>
    public TaskStore(TimeSpan waitingDuration, TimeSpan processingDuration, int? maxConcurrentTasks = null, bool returnExistingForRepeatedSession = false)
    {
        _waitingDuration = waitingDuration;
        _processingDuration = processingDuration;
        _maxConcurrentTasks = maxConcurrentTasks;
        _returnExistingForRepeatedSession = returnExistingForRepeatedSession;
    }

    /// <summary>
    /// Creates a task for <paramref name="submission"/> at <paramref name="now"/>. A session id used within 3 days fails
    /// with <c>InvalidParameter</c> (or returns that task, if so configured); a full concurrency quota fails with
    /// <c>RequestLimitExceeded</c>.
    /// </summary>
    public SimulatedTask Create(TaskSubmission submission, DateTimeOffset now)
    {
        string taskId = $"{SubAppId}-AigcVideo-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        var task = new SimulatedTask(taskId, now, submission, _waitingDuration, _processingDuration);
        lock (_gate)
        {
            if (submission.SessionId is { } sessionId
                && _sessions.TryGetValue(sessionId, out SimulatedTask? previous)
                && now - previous.CreatedAt <= RetentionWindow)
            {
                if (_returnExistingForRepeatedSession)
                {
                    return previous;
                }

                throw ApiError.BadRequest(
                    ErrorCodes.InvalidParameter,
                    $"duplicate session id: session_id '{sessionId}' was already used at {TimeFormat.Iso8601(previous.CreatedAt)}; a session id can be reused only after 3 days.")
                    .ToException();
            }

            CheckConcurrency(now);
            if (submission.SessionId is { } newSessionId)
            {
                _sessions[newSessionId] = task;
            }

            _tasks.Add(taskId, task);
        }

        return task;
    }

    /// <summary>The task with id <paramref name="taskId"/>, or <see langword="null"/>.</summary>
    public SimulatedTask? Find(string taskId)
    {
        lock (_gate)
        {
            return _tasks.GetValueOrDefault(taskId);
        }
    }

    /// <summary>Whether <paramref name="task"/> is past the 3-day query window at <paramref name="now"/>.</summary>
    public static bool IsExpired(SimulatedTask task, DateTimeOffset now) => now - task.CreatedAt > RetentionWindow;

    private void CheckConcurrency(DateTimeOffset now)
    {
        if (_maxConcurrentTasks is not int max)
        {
            return;
        }

        // States follow the clock, so "unfinished" has to be worked out at this instant rather than kept as a counter.
        SimulatedTask[] running = _tasks.Values.Where(t => !TaskState.At(t, now).IsTerminal).ToArray();
        if (running.Length >= max)
        {
            SimulatedTask oldest = running.MinBy(t => t.CreatedAt)!;
            throw Rejections.ToError(
                CreateRejection.ConcurrencyLimit,
                $"The account allows {max} unfinished task(s) at a time and task '{oldest.TaskId}' is still {TaskState.At(oldest, now).Status}.").ToException();
        }
    }
}
