using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The gateway refused a call: an HTTP error status, or a 200 whose body carries Tencent's
    /// <c>Response.Error</c> envelope (Tencent reports failures that way, so the status alone cannot be trusted).
    /// </summary>
    public class AigcVideoApiException : AigcVideoException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="httpStatus">The HTTP status of the answer (200 for an error inside a successful answer).</param>
        /// <param name="code">Tencent's error code, e.g. <c>InvalidParameterValue</c>; <see langword="null"/> when the body had none.</param>
        /// <param name="errorMessage">Tencent's error message, or a description of the unreadable answer.</param>
        /// <param name="requestId">Tencent's RequestId, to quote to support.</param>
        /// <param name="taskId">The task concerned, when the call was about one.</param>
        /// <param name="innerException">The generated client's exception, if it threw one.</param>
        public AigcVideoApiException(int httpStatus, string? code, string errorMessage, string? requestId, string? taskId = null, Exception? innerException = null)
            : base(Describe(httpStatus, code, errorMessage, requestId), taskId, innerException)
        {
            HttpStatus = httpStatus;
            Code = code;
            ErrorMessage = errorMessage;
            RequestId = requestId;
        }

        /// <summary>The HTTP status of the answer; 200 when the error came inside a successful answer.</summary>
        public int HttpStatus { get; }

        /// <summary>Tencent's error code (e.g. <c>InvalidParameterValue.SessionIdTooLong</c>), if the body had one.</summary>
        public string? Code { get; }

        /// <summary>Tencent's error message, without the status and code that <see cref="Exception.Message"/> adds.</summary>
        public string ErrorMessage { get; }

        /// <summary>Tencent's RequestId, when the gateway sent one.</summary>
        public string? RequestId { get; }

        private static string Describe(int httpStatus, string? code, string errorMessage, string? requestId)
        {
            string what = string.IsNullOrEmpty(code) ? $"HTTP {httpStatus}" : $"HTTP {httpStatus}, {code}";
            string request = string.IsNullOrEmpty(requestId) ? string.Empty : $" (RequestId {requestId})";
            return $"The aigc-video gateway answered {what}: {errorMessage}{request}";
        }
    }
}
