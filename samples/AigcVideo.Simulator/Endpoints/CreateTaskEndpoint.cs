using System.Text.Json;
using AigcVideo.Simulator.Faults;
using AigcVideo.Simulator.Responses;
using AigcVideo.Simulator.Tasks;
using AigcVideo.Simulator.Validation;

namespace AigcVideo.Simulator.Endpoints;

/// <summary>
/// <c>POST /tencent-vod/v1/aigc-video</c> and <c>POST /tencent-vod/v1/template-effect</c>: check the rate limit, parse,
/// validate, apply requested faults, create the task and answer <c>{"Response":{"TaskId":"…","RequestId":"…"}}</c>.
/// </summary>
internal sealed class CreateTaskEndpoint
{
    private readonly TaskStore _store;
    private readonly TimeProvider _clock;
    private readonly CreateAdmission _admission;
    private readonly Func<JsonElement, TaskSubmission> _validate;

    /// <summary>Creates the endpoint; <paramref name="validate"/> checks the body and builds the submission.</summary>
    public CreateTaskEndpoint(TaskStore store, TimeProvider clock, CreateAdmission admission, Func<JsonElement, TaskSubmission> validate)
    {
        _store = store;
        _clock = clock;
        _admission = admission;
        _validate = validate;
    }

    /// <summary>Handles one request whose raw body is <paramref name="body"/>.</summary>
    public Task HandleAsync(HttpContext context, string body)
    {
        DateTimeOffset now = _clock.GetUtcNow();
        _admission.CheckRate(now);

        TaskSubmission submission;
        using (JsonDocument document = RequestBody.ParseObject(body))
        {
            submission = _validate(document.RootElement);
        }

        _admission.CheckRejections(submission);
        SimulatedTask task = _store.Create(submission, now);
        return JsonResponses.WriteAsync(context, StatusCodes.Status200OK, writer => writer.WriteString("TaskId", task.TaskId));
    }
}
