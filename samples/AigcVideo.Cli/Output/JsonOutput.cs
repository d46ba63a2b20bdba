using System.Text.Json;
using AigcVideo.Cli.Errors;
using AigcVideo.Cli.Targets;
using AigcVideo.Cli.Tasks;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Output;

/// <summary>
/// <c>--json</c>: every line on stdout is a JSON object with an <c>event</c> member (target, created, queued, waiting,
/// progress, succeeded, failed, downloaded, status, invalid, error, downloadFailed, timeout, cancelled). Absent values are left out rather than written as null.
/// </summary>
internal sealed class JsonOutput(JsonLineWriter writer) : ICliOutput
{
    private string? _taskId;

    public void TargetSelected(ApiTarget target) => writer.Write("target", json =>
    {
        json.WriteString("target", target.IsLocalSimulator ? "simulator" : "remote");
        json.WriteString("baseUrl", target.BaseAddress.AbsoluteUri);
    });

    public void TaskCreated(string taskId, string requestId)
    {
        _taskId = taskId;
        writer.Write("created", json =>
        {
            json.WriteString("taskId", taskId);
            json.WriteString("requestId", requestId);
        });
    }

    public void TaskQueued(string taskId) => writer.Write("queued", json => json.WriteString("taskId", taskId));

    public void WaitStarted(string taskId)
    {
        _taskId = taskId;
        writer.Write("waiting", json => json.WriteString("taskId", taskId));
    }

    // The "downloaded" event says where the file went; announcing it earlier would add nothing for a script.
    public void WillDownload(string path)
    {
    }

    public void Progress(TaskSnapshot snapshot) => writer.Write("progress", json => WriteSnapshot(json, snapshot));

    public void TaskEnded(TaskSnapshot snapshot) =>
        writer.Write(snapshot.Phase == TaskPhase.Succeeded ? "succeeded" : "failed", json => WriteSnapshot(json, snapshot));

    public void StatusShown(TaskSnapshot snapshot) => writer.Write("status", json =>
    {
        WriteSnapshot(json, snapshot);
        json.WriteString("phase", snapshot.Phase switch
        {
            TaskPhase.Succeeded => "succeeded",
            TaskPhase.Failed => "failed",
            _ => "running",
        });
    });

    public void ApiFailed(ApiFailure failure) => writer.Write("error", json =>
    {
        WriteTaskId(json);
        if (failure.HttpStatus is { } status)
        {
            json.WriteNumber("httpStatus", status);
        }

        WriteIfPresent(json, "code", failure.Code);
        json.WriteString("message", failure.Message);
        WriteIfPresent(json, "requestId", failure.RequestId);
    });

    public void Downloaded(string taskId, DownloadedFile file) => writer.Write("downloaded", json =>
    {
        json.WriteString("taskId", taskId);
        json.WriteString("path", file.Path);
        json.WriteNumber("bytes", file.Length);
    });

    public void RequestInvalid(IReadOnlyList<ValidationProblem> problems) => writer.Write("invalid", json =>
    {
        json.WriteStartArray("problems");
        foreach (ValidationProblem problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("field", problem.Field);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public void DownloadFailed(string message) => writer.Write("downloadFailed", json =>
    {
        WriteTaskId(json);
        json.WriteString("message", message);
    });

    public void TimedOut(TimeSpan timeout, TaskSnapshot? last) => writer.Write("timeout", json =>
    {
        WriteTaskId(json);
        json.WriteNumber("timeoutSeconds", timeout.TotalSeconds);
        WriteIfPresent(json, "status", last?.Status);
        if (last?.Progress is { } progress)
        {
            json.WriteNumber("progress", progress);
        }
    });

    public void Cancelled() => writer.Write("cancelled", WriteTaskId);

    private void WriteTaskId(Utf8JsonWriter json) => WriteIfPresent(json, "taskId", _taskId);

    private static void WriteSnapshot(Utf8JsonWriter json, TaskSnapshot snapshot)
    {
        json.WriteString("taskId", snapshot.TaskId);
        json.WriteString("status", snapshot.Status);
        if (snapshot.Progress is { } progress)
        {
            json.WriteNumber("progress", progress);
        }

        WriteIfPresent(json, "fileUrl", snapshot.FileUrl);
        if (snapshot.FileExpireTime is { } expires)
        {
            json.WriteString("expireTime", expires);
        }

        if (snapshot.Phase == TaskPhase.Failed || snapshot.ErrCode is not (null or 0))
        {
            json.WriteNumber("errCode", snapshot.ErrCode ?? 0);
            WriteIfPresent(json, "errCodeExt", snapshot.ErrCodeExt);
            WriteIfPresent(json, "message", snapshot.Message);
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
