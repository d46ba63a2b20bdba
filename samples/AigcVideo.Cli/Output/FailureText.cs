using System.Globalization;
using AigcVideo.Cli.Errors;
using AigcVideo.Cli.Tasks;

namespace AigcVideo.Cli.Output;

/// <summary>The human wording of failures: a failed task and a failed API call.</summary>
internal static class FailureText
{
    /// <summary>
    /// <c>Task … failed (FINISH): ErrCode 70000, ErrCodeExt RequestLimitExceeded, Message "…"</c>. The three fields are
    /// always printed, even when empty, since they are what Tencent support asks for.
    /// </summary>
    public static string Task(TaskSnapshot snapshot)
    {
        string what = snapshot.Status == "ABORTED" ? "was aborted" : snapshot.ErrCode is null or 0 ? "finished without a result file" : "failed";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Task {snapshot.TaskId} {what} ({snapshot.Status}): ErrCode {snapshot.ErrCode ?? 0}, ErrCodeExt {snapshot.ErrCodeExt ?? "(none)"}, Message {Quote(snapshot.Message)}");
    }

    /// <summary><c>API error: HTTP 400, InvalidParameterValue.SessionIdTooLong: … (RequestId …)</c>.</summary>
    public static string Api(ApiFailure failure)
    {
        var parts = new List<string>(3);
        if (failure.HttpStatus is { } status)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"));
        }

        if (!string.IsNullOrEmpty(failure.Code))
        {
            parts.Add(failure.Code);
        }

        parts.Add(failure.Message);
        string text = "API error: " + string.Join(", ", parts.Take(parts.Count - 1)) + (parts.Count > 1 ? ": " : string.Empty) + parts[^1];
        return failure.RequestId is { Length: > 0 } requestId ? $"{text} (RequestId {requestId})" : text;
    }

    private static string Quote(string? message) => string.IsNullOrEmpty(message) ? "(none)" : $"\"{message}\"";
}
