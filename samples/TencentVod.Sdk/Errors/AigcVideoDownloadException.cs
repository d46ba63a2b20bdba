using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The output file could not be fetched: the file host answered an error status, or sent fewer bytes than it
    /// announced. No partial file is left at the destination.
    /// </summary>
    public sealed class AigcVideoDownloadException : AigcVideoException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong.</param>
        /// <param name="fileUrl">The URL that was fetched.</param>
        /// <param name="httpStatus">The file host's status, when it answered with an error.</param>
        /// <param name="taskId">The task whose file it is, when known.</param>
        /// <param name="innerException">The underlying error, if any.</param>
        public AigcVideoDownloadException(string message, Uri fileUrl, int? httpStatus = null, string? taskId = null, Exception? innerException = null)
            : base(message, taskId, innerException)
        {
            FileUrl = fileUrl;
            HttpStatus = httpStatus;
        }

        /// <summary>The URL that was fetched.</summary>
        public Uri FileUrl { get; }

        /// <summary>The file host's HTTP status, when it answered with an error.</summary>
        public int? HttpStatus { get; }
    }
}
