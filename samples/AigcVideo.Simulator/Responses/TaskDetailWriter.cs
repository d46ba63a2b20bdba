using System.Globalization;
using System.Text.Json;
using AigcVideo.Simulator.Tasks;

namespace AigcVideo.Simulator.Responses;

/// <summary>Writes the members of a <c>DescribeTaskDetail</c> answer for an AIGC video task (reference §3.1, §3.3).</summary>
internal static class TaskDetailWriter
{
    /// <summary>The <c>TaskType</c> of every task the simulator runs.</summary>
    public const string TaskType = "AigcVideoTask";

    /// <summary>
    /// Writes <c>TaskType</c>, <c>Status</c>, the three times (<c>BeginProcessTime</c> and <c>FinishTime</c> are omitted
    /// until reached) and the <c>AigcVideoTask</c> object, whose <c>Output</c> exists only once the task finished.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, SimulatedTask task, TaskState state, Uri baseAddress)
    {
        writer.WriteString("TaskType", TaskType);
        writer.WriteString("Status", state.Status);
        writer.WriteString("CreateTime", TimeFormat.Iso8601(task.CreatedAt));
        if (state.BeginProcessTime is { } begin)
        {
            writer.WriteString("BeginProcessTime", TimeFormat.Iso8601(begin));
        }

        if (state.FinishTime is { } finish)
        {
            writer.WriteString("FinishTime", TimeFormat.Iso8601(finish));
        }

        TaskSubmission submission = task.Submission;
        writer.WriteStartObject(TaskType);
        writer.WriteString("TaskId", task.TaskId);
        writer.WriteString("Status", state.InnerStatus);
        writer.WriteNumber("ErrCode", state.Failure?.ErrCode ?? 0);
        writer.WriteString("ErrCodeExt", state.Failure?.ErrCodeExt ?? string.Empty);
        writer.WriteString("Message", state.Failure?.Message ?? string.Empty);
        writer.WriteNumber("Progress", state.Progress);
        writer.WritePropertyName("Input");
        writer.WriteRawValue(submission.InputEcho.Span, skipInputValidation: true);
        if (state.HasOutput)
        {
            WriteOutput(writer, task, state.FinishTime ?? task.NaturalFinishTime, baseAddress);
        }

        writer.WriteString("SessionId", submission.SessionId ?? string.Empty);
        writer.WriteString("SessionContext", submission.SessionContext ?? string.Empty);
        writer.WriteEndObject();
    }

    /// <summary>The download URL of the result file of <paramref name="task"/>.</summary>
    public static Uri FileUrl(Uri baseAddress, SimulatedTask task) => new(baseAddress, $"files/{task.TaskId}.mp4");

    private static void WriteOutput(Utf8JsonWriter writer, SimulatedTask task, DateTimeOffset finishTime, Uri baseAddress)
    {
        OutputSettings output = task.Submission.Output;
        writer.WriteStartObject("Output");
        writer.WriteStartArray("FileInfos");
        writer.WriteStartObject();
        writer.WriteString("StorageMode", output.StorageMode);
        if (!output.IsTemporary)
        {
            writer.WriteString("MediaName", output.MediaName ?? $"AigcVideo-{task.TaskId[^8..]}");
            writer.WriteNumber("ClassId", output.ClassId ?? 0);
            writer.WriteString("FileId", FileId(task));
        }

        writer.WriteString("FileType", "mp4");
        writer.WriteString("FileUrl", FileUrl(baseAddress, task).AbsoluteUri);
        if (output.FileExpiry(finishTime) is { } expiry)
        {
            writer.WriteString("ExpireTime", TimeFormat.Iso8601(expiry));
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A stable, numeric VOD-style FileId derived from the task id (permanent storage only).</summary>
    private static string FileId(SimulatedTask task)
    {
        ulong hash = ulong.Parse(task.TaskId.AsSpan(task.TaskId.Length - 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return "5" + (hash % 1_000_000_000_000_000_000UL).ToString("D18", CultureInfo.InvariantCulture);
    }
}
