using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The task ended without a video: FINISH with a non-zero <c>ErrCode</c>, or FINISH without an output file
    /// (<see cref="ErrCode"/> 0). Its subclass <see cref="AigcVideoTaskAbortedException"/> covers ABORTED.
    /// </summary>
    public class AigcVideoTaskFailedException : AigcVideoException
    {
        /// <summary>Creates the exception from the task's final state.</summary>
        /// <param name="taskId">The task that failed.</param>
        /// <param name="errCode">Tencent's numeric ErrCode (e.g. 70000); 0 when none was given.</param>
        /// <param name="errCodeExt">Tencent's ErrCodeExt (e.g. <c>InvalidParameter.VoilationContent</c>), if any.</param>
        /// <param name="taskMessage">Tencent's Message, if any.</param>
        /// <param name="detail">The final answer of the query, for anything else the caller needs.</param>
        public AigcVideoTaskFailedException(string taskId, long errCode, string? errCodeExt, string? taskMessage, TaskDetail detail)
            : this(taskId, errCode, errCodeExt, taskMessage, detail, errCode == 0 ? "finished without a result file" : "failed")
        {
        }

        /// <summary>Creates the exception with the verb that describes the ending (used by subclasses).</summary>
        /// <param name="taskId">The task that failed.</param>
        /// <param name="errCode">Tencent's numeric ErrCode; 0 when none was given.</param>
        /// <param name="errCodeExt">Tencent's ErrCodeExt, if any.</param>
        /// <param name="taskMessage">Tencent's Message, if any.</param>
        /// <param name="detail">The final answer of the query.</param>
        /// <param name="what">How the task ended, e.g. "failed" or "was aborted".</param>
        protected AigcVideoTaskFailedException(string taskId, long errCode, string? errCodeExt, string? taskMessage, TaskDetail detail, string what)
            : base(Describe(taskId, what, detail, errCode, errCodeExt, taskMessage), taskId)
        {
            ErrCode = errCode;
            ErrCodeExt = errCodeExt;
            TaskMessage = taskMessage;
            Detail = detail ?? throw new ArgumentNullException(nameof(detail));
        }

        /// <summary>Tencent's numeric ErrCode (e.g. 40000 for content, 70000 for service errors); 0 when none was given.</summary>
        public long ErrCode { get; }

        /// <summary>Tencent's ErrCodeExt, the precise reason (e.g. <c>ModelGenerateFailed</c>), if given.</summary>
        public string? ErrCodeExt { get; }

        /// <summary>Tencent's Message for the task, if given.</summary>
        public string? TaskMessage { get; }

        /// <summary>The final answer of the query, as the gateway sent it.</summary>
        public TaskDetail Detail { get; }

        /// <summary>Whether the task was aborted rather than failing on its own (see <see cref="AigcVideoTaskAbortedException"/>).</summary>
        public virtual bool IsAborted => false;

        // Support asks for all three fields, so they are always printed, even when empty.
        private static string Describe(string taskId, string what, TaskDetail detail, long errCode, string? errCodeExt, string? taskMessage)
        {
            string status = detail?.Status?.Value is { Length: > 0 } outer ? outer : "FINISH";
            string message = string.IsNullOrEmpty(taskMessage) ? "(none)" : $"\"{taskMessage}\"";
            return $"Task {taskId} {what} ({status}): ErrCode {errCode}, ErrCodeExt {errCodeExt ?? "(none)"}, Message {message}";
        }
    }
}
