using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Responses;
using AigcVideo.Simulator.Tasks;

namespace AigcVideo.Simulator.Endpoints;

/// <summary>
/// <c>GET /files/{task_id}.mp4</c>: the result file of a finished task (<see cref="SampleVideo"/>). Like a CDN URL it
/// needs no Authorization header. A task that does not exist, has not finished, or whose temporary URL expired
/// (7 days after it finished) gives HTTP 404.
/// </summary>
internal sealed class FileEndpoint
{
    private readonly TaskStore _store;
    private readonly TimeProvider _clock;

    /// <summary>Creates the endpoint.</summary>
    public FileEndpoint(TaskStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    /// <summary>Serves the file of task <paramref name="taskId"/>; a <c>HEAD</c> request gets the headers only.</summary>
    public async Task HandleAsync(HttpContext context, string taskId)
    {
        SimulatedTask? task = _store.Find(taskId);
        DateTimeOffset now = _clock.GetUtcNow();
        TaskState? state = task is null ? null : TaskState.At(task, now);
        bool available = task is not null
            && state is { HasOutput: true }
            && !(task.Submission.Output.FileExpiry(state.FinishTime ?? task.NaturalFinishTime) is { } expiry && now > expiry);
        if (!available)
        {
            throw new ApiError(StatusCodes.Status404NotFound, ErrorCodes.ResourceNotFound, $"There is no result file for task '{taskId}'.").ToException();
        }

        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = SampleVideo.ContentType;
        response.ContentLength = SampleVideo.Bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(SampleVideo.Bytes, context.RequestAborted);
        }
    }
}
