using AigcVideo.Cli.Output;
using AigcVideo.Cli.Tasks;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Tests;

/// <summary>
/// The terminal-state rule on hand-built answers, for the cases the simulator cannot produce (a non-zero ErrCode,
/// FINISH without a file).
/// </summary>
public sealed class TaskRulesTests
{
    private const string TaskId = "1500000001-AigcVideo-0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("WAITING", "PROCESSING", "Running")]
    [InlineData("PROCESSING", "PROCESSING", "Running")]
    [InlineData("PAUSED", "PAUSED", "Running")]
    [InlineData("FINISH", "FINISH", "Succeeded")]
    [InlineData("PROCESSING", "FINISH", "Succeeded")]
    [InlineData("FINISH", "PROCESSING", "Succeeded")]
    [InlineData("ABORTED", "PROCESSING", "Failed")]
    public void Terminal_when_the_inner_status_is_finish_or_the_outer_is_finish_or_aborted(string outer, string inner, string expected)
    {
        // The phase is passed by name because TaskPhase is internal and public test methods cannot take it.
        Assert.Equal(Enum.Parse<TaskPhase>(expected), TaskRules.Classify(Detail(outer, inner, errCode: 0, withFile: true)));
    }

    [Fact]
    public void Finish_with_a_non_zero_err_code_is_a_failure_with_its_fields()
    {
        TaskDetail detail = Detail("FINISH", "FINISH", errCode: 70000, withFile: false);
        detail = detail with
        {
            AigcVideoTask = detail.AigcVideoTask! with { ErrCodeExt = TaskErrorCode.RequestLimitExceeded, Message = "Too many concurrent tasks." },
        };

        TaskSnapshot snapshot = TaskSnapshot.From(TaskId, detail);

        Assert.Equal(TaskPhase.Failed, snapshot.Phase);
        Assert.Equal(
            $"Task {TaskId} failed (FINISH): ErrCode 70000, ErrCodeExt RequestLimitExceeded, Message \"Too many concurrent tasks.\"",
            FailureText.Task(snapshot));
    }

    [Fact]
    public void Finish_without_a_file_is_a_failure()
    {
        TaskSnapshot snapshot = TaskSnapshot.From(TaskId, Detail("FINISH", "FINISH", errCode: 0, withFile: false));

        Assert.Equal(TaskPhase.Failed, snapshot.Phase);
        Assert.StartsWith($"Task {TaskId} finished without a result file", FailureText.Task(snapshot), StringComparison.Ordinal);
    }

    [Fact]
    public void The_outer_status_is_shown_and_the_inner_one_is_the_fallback()
    {
        Assert.Equal("WAITING", TaskSnapshot.From(TaskId, Detail("WAITING", "PROCESSING", 0, false)).Status);
        Assert.Equal("PROCESSING", TaskSnapshot.From(TaskId, Detail("WAITING", "PROCESSING", 0, false) with { Status = null }).Status);
    }

    private static TaskDetail Detail(string outer, string inner, long errCode, bool withFile) => new()
    {
        RequestId = "request",
        TaskType = "AigcVideoTask",
        Status = outer,
        AigcVideoTask = new AigcVideoTask
        {
            TaskId = TaskId,
            Status = inner,
            ErrCode = errCode,
            Progress = 50,
            Output = withFile
                ? new AigcVideoTaskOutput { FileInfos = [new OutputFileInfo { FileUrl = "https://vod.example/video.mp4" }] }
                : null,
        },
    };
}
