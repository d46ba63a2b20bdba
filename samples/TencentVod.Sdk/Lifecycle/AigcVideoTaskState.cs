using System.Collections.Generic;
using System.Linq;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The terminal-state rule of the reference (§3.1) in one place: a task has ended when <c>AigcVideoTask.Status</c>
    /// is FINISH or the outer Status is FINISH or ABORTED; it succeeded when ErrCode is 0 and an output file has a URL.
    /// Tencent does not state this rule; it is inferred from its examples and from third-party pollers.
    /// </summary>
    public static class AigcVideoTaskState
    {
        /// <summary>Classifies one query answer.</summary>
        /// <param name="detail">The <c>Response</c> of a query.</param>
        public static AigcVideoTaskPhase PhaseOf(TaskDetail detail)
        {
            AigcVideoTask? task = detail.AigcVideoTask;
            if (detail.Status == TaskStatus.Aborted)
            {
                return AigcVideoTaskPhase.Aborted;
            }

            bool finished = detail.Status == TaskStatus.Finish || (task is not null && task.Status == TaskStatus.Finish);
            if (!finished)
            {
                return AigcVideoTaskPhase.Running;
            }

            // FINISH with ErrCode 0 but no file is not a success the caller can use.
            return (task?.ErrCode ?? 0) == 0 && FileUrlsOf(detail).Count > 0 ? AigcVideoTaskPhase.Succeeded : AigcVideoTaskPhase.Failed;
        }

        /// <summary>
        /// The status to show: the outer one (WAITING/PROCESSING/FINISH/ABORTED) when present, else the inner one, else
        /// <c>UNKNOWN</c>.
        /// </summary>
        /// <param name="detail">The <c>Response</c> of a query.</param>
        public static string StatusOf(TaskDetail detail) =>
            detail.Status?.Value is { Length: > 0 } outer ? outer
            : detail.AigcVideoTask?.Status.Value is { Length: > 0 } inner ? inner
            : "UNKNOWN";

        /// <summary>The URLs of the task's output files, in the order the service lists them; empty while it runs.</summary>
        /// <param name="detail">The <c>Response</c> of a query.</param>
        public static IReadOnlyList<string> FileUrlsOf(TaskDetail detail) =>
            detail.AigcVideoTask?.Output?.FileInfos is { } files
                ? files.Select(file => file.FileUrl).Where(url => !string.IsNullOrEmpty(url)).Select(url => url!).ToList()
                : new List<string>();
    }
}
