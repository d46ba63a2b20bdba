using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The gateway answered <c>RequestLimitExceeded</c>: too many requests per second, or (message starting with
    /// 70000) too many tasks running at once. Nothing is wrong with the request; try again later.
    /// </summary>
    public sealed class AigcVideoRateLimitException : AigcVideoApiException
    {
        /// <summary>Tencent's code for both rate and concurrency limits.</summary>
        public const string RequestLimitExceededCode = "RequestLimitExceeded";

        /// <summary>Creates the exception; the arguments are those of <see cref="AigcVideoApiException"/>.</summary>
        /// <param name="httpStatus">The HTTP status of the answer (429 from the simulator; 200 when inside a successful answer).</param>
        /// <param name="code">Tencent's error code, <c>RequestLimitExceeded</c> or one of its sub-codes.</param>
        /// <param name="errorMessage">Tencent's error message.</param>
        /// <param name="requestId">Tencent's RequestId.</param>
        /// <param name="taskId">The task concerned, when the call was about one.</param>
        /// <param name="innerException">The generated client's exception, if it threw one.</param>
        public AigcVideoRateLimitException(int httpStatus, string? code, string errorMessage, string? requestId, string? taskId = null, Exception? innerException = null)
            : base(httpStatus, code, errorMessage, requestId, taskId, innerException)
        {
        }

        /// <summary>Whether <paramref name="code"/> is <c>RequestLimitExceeded</c> or one of its sub-codes.</summary>
        /// <param name="code">A Tencent error code.</param>
        public static bool IsRateLimitCode(string? code) =>
            code is not null
            && (code == RequestLimitExceededCode || code.StartsWith(RequestLimitExceededCode + ".", StringComparison.Ordinal));
    }
}
