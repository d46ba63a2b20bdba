using System.Security.Cryptography;
using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Tasks;

/// <summary>The simulator's in-memory tasks and the <c>session_id</c> deduplication window. Thread-safe.</summary>
internal sealed class TaskStore
{
    /// <summary>How long a task can be queried and how long a session id blocks a repeat (reference §1.1, §3.1).</summary>
    public static readonly TimeSpan RetentionWindow = TimeSpan.FromDays(3);

    /// <summary>The VOD application id that prefixes every task id.</summary>
    public const string SubAppId = "1500000001";

    private readonly object _gate = new();
    private readonly Dictionary<string, SimulatedTask> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _sessions = new(StringComparer.Ordinal);
    private readonly TimeSpan _waitingDuration;
    private readonly TimeSpan _processingDuration;

    /// <summary>Creates an empty store whose tasks use the given lifecycle durations.</summary>
    public TaskStore(TimeSpan waitingDuration, TimeSpan processingDuration)
    {
        _waitingDuration = waitingDuration;
        _processingDuration = processingDuration;
    }

    /// <summary>
    /// Creates a task for <paramref name="submission"/> at <paramref name="now"/>.
    /// Throws an <see cref="ApiException"/> (<c>InvalidParameter</c>) when its session id was used within 3 days.
    /// </summary>
    public SimulatedTask Create(TaskSubmission submission, DateTimeOffset now)
    {
        string taskId = $"{SubAppId}-AigcVideo-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        var task = new SimulatedTask(taskId, now, submission, _waitingDuration, _processingDuration);
        lock (_gate)
        {
            if (submission.SessionId is { } sessionId)
            {
                if (_sessions.TryGetValue(sessionId, out DateTimeOffset usedAt) && now - usedAt <= RetentionWindow)
                {
                    throw ApiError.BadRequest(
                        ErrorCodes.InvalidParameter,
                        $"duplicate session id: session_id '{sessionId}' was already used at {TimeFormat.Iso8601(usedAt)}; a session id can be reused only after 3 days.")
                        .ToException();
                }

                _sessions[sessionId] = now;
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
}
