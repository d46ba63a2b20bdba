using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Faults;
using AigcVideo.Simulator.Responses;
using AigcVideo.Simulator.Tasks;

namespace AigcVideo.Simulator.Endpoints;

/// <summary><c>GET /tencent-vod/v1/query/{task_id}</c>: the <c>DescribeTaskDetail</c> envelope of a task.</summary>
internal sealed class QueryTaskEndpoint
{
    private readonly TaskStore _store;
    private readonly TimeProvider _clock;
    private readonly Func<Uri> _baseAddress;
    private readonly RateLimiter? _rateLimiter;

    /// <summary>
    /// Creates the endpoint; <paramref name="baseAddress"/> yields the simulator's base address for file URLs and
    /// <paramref name="rateLimiter"/> is <see langword="null"/> when no rate limit applies.
    /// </summary>
    public QueryTaskEndpoint(TaskStore store, TimeProvider clock, Func<Uri> baseAddress, RateLimiter? rateLimiter = null)
    {
        _store = store;
        _clock = clock;
        _baseAddress = baseAddress;
        _rateLimiter = rateLimiter;
    }

    /// <summary>
    /// Describes task <paramref name="taskId"/>. An id the simulator never issued fails with
    /// <c>InvalidParameterValue.TaskId</c>; a task older than 3 days with <c>ResourceNotFound</c> (both HTTP 400).
    /// </summary>
    public Task HandleAsync(HttpContext context, string taskId)
    {
        DateTimeOffset now = _clock.GetUtcNow();
        if (_rateLimiter is { } limiter && !limiter.TryAdmit(now))
        {
            throw Rejections.RateLimited(limiter.PerSecond, "query").ToException();
        }

        if (taskId.Length == 0)
        {
            throw ApiError.Missing("task_id").ToException();
        }

        SimulatedTask task = _store.Find(taskId)
            ?? throw ApiError.BadRequest(ErrorCodes.InvalidTaskId, $"The task id '{taskId}' does not exist.").ToException();

        if (TaskStore.IsExpired(task, now))
        {
            throw ApiError.BadRequest(
                ErrorCodes.ResourceNotFound,
                $"The task '{taskId}' was created at {TimeFormat.Iso8601(task.CreatedAt)}; only tasks of the last 3 days can be queried.").ToException();
        }

        TaskState state = TaskState.At(task, now);
        Uri baseAddress = _baseAddress();
        return JsonResponses.WriteAsync(context, StatusCodes.Status200OK, writer => TaskDetailWriter.Write(writer, task, state, baseAddress));
    }
}
