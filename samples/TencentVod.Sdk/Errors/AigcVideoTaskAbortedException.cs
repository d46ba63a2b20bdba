namespace TencentVod.Sdk
{
    /// <summary>
    /// The task's outer Status is ABORTED: it was stopped (by the service or an operator) before it produced a video.
    /// It derives from <see cref="AigcVideoTaskFailedException"/>, so catching that one covers both endings.
    /// </summary>
    public sealed class AigcVideoTaskAbortedException : AigcVideoTaskFailedException
    {
        /// <summary>Creates the exception from the aborted task's final state.</summary>
        /// <param name="taskId">The aborted task.</param>
        /// <param name="errCode">Tencent's ErrCode, often 0 for an abort.</param>
        /// <param name="errCodeExt">Tencent's ErrCodeExt, e.g. <c>OperationCanceled</c>.</param>
        /// <param name="taskMessage">Tencent's Message, if any.</param>
        /// <param name="detail">The final answer of the query.</param>
        public AigcVideoTaskAbortedException(string taskId, long errCode, string? errCodeExt, string? taskMessage, TaskDetail detail)
            : base(taskId, errCode, errCodeExt, taskMessage, detail, "was aborted")
        {
        }

        /// <summary>Always <see langword="true"/>.</summary>
        public override bool IsAborted => true;
    }
}
