using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The base of every error the SDK's own methods throw (create, wait, download, validation), so a caller can catch
    /// one type for "the video did not come". Transport failures (<see cref="System.Net.Http.HttpRequestException"/>)
    /// and cancellation by the caller's token (<see cref="OperationCanceledException"/>) are left as they are.
    /// </summary>
    public class AigcVideoException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong, for people.</param>
        /// <param name="taskId">The task concerned, when there is one.</param>
        /// <param name="innerException">The underlying error, if any.</param>
        public AigcVideoException(string message, string? taskId = null, Exception? innerException = null)
            : base(message, innerException)
        {
            TaskId = taskId;
        }

        /// <summary>The task the error concerns; <see langword="null"/> when it happened before a task existed.</summary>
        public string? TaskId { get; }
    }
}
