using System;
using System.Text.Json;
using CodeGen.Runtime.Errors;

namespace TencentVod.Sdk
{
    /// <summary>
    /// Turns both shapes of a refused call into one <see cref="AigcVideoApiException"/> (or its rate-limit subclass):
    /// the generated client's <see cref="ApiException"/> for error statuses, and Tencent's <c>Response.Error</c> inside
    /// a 200, which <see cref="TencentEnvelopeInspector"/> reports through the generated client's response hook.
    /// </summary>
    internal static class ApiErrors
    {
        private const int MaxQuotedBody = 500;

        /// <summary>The SDK exception for a 2xx answer that carries <c>Response.Error</c>.</summary>
        public static AigcVideoApiException FromEnvelope(int status, ApiError error, string? requestId)
            => Create(status, error.Code, error.Message, requestId, null, null);

        /// <summary>
        /// <paramref name="exception"/> again with the task id it could not know (the envelope check sees only the
        /// answer), wrapping the original.
        /// </summary>
        public static AigcVideoApiException WithTaskId(AigcVideoApiException exception, string taskId)
            => Create(exception.HttpStatus, exception.Code, exception.ErrorMessage, exception.RequestId, taskId, exception);

        /// <summary>The SDK exception for an error status, reading Tencent's envelope when the body has one.</summary>
        public static AigcVideoApiException From(ApiException exception, string? taskId)
        {
            int status = (int)exception.StatusCode;
            if (exception is ApiException<ErrorResponse> typed && typed.Error?.Response is { } result)
            {
                return Create(status, result.Error.Code, result.Error.Message, result.RequestId, taskId, exception);
            }

            // Statuses the spec does not declare come without a typed body; the gateway may still have sent Tencent's
            // envelope, so look for it before falling back to the raw text.
            if (TryReadEnvelope(exception.Body, out string? code, out string? message, out string? requestId))
            {
                return Create(status, code, message ?? "(no message)", requestId, taskId, exception);
            }

            string body = string.IsNullOrWhiteSpace(exception.Body) ? string.Empty : " " + Shorten(exception.Body!);
            return Create(status, null, exception.Message + body, null, taskId, exception);
        }

        private static AigcVideoApiException Create(int status, string? code, string message, string? requestId, string? taskId, Exception? inner) =>
            AigcVideoRateLimitException.IsRateLimitCode(code)
                ? new AigcVideoRateLimitException(status, code, message, requestId, taskId, inner)
                : new AigcVideoApiException(status, code, message, requestId, taskId, inner);

        private static string Shorten(string text) => text.Length <= MaxQuotedBody ? text : text.Substring(0, MaxQuotedBody) + "…";

        private static bool TryReadEnvelope(string? body, out string? code, out string? message, out string? requestId)
        {
            code = message = requestId = null;
            if (string.IsNullOrWhiteSpace(body))
            {
                return false;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(body!);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("Response", out JsonElement response)
                    && response.ValueKind == JsonValueKind.Object
                    && response.TryGetProperty("Error", out JsonElement error)
                    && error.ValueKind == JsonValueKind.Object)
                {
                    code = ReadString(error, "Code");
                    message = ReadString(error, "Message");
                    requestId = ReadString(response, "RequestId");
                    return true;
                }
            }
            catch (JsonException)
            {
                // Not JSON (e.g. an HTML error page from a proxy): the caller falls back to the raw text.
            }

            return false;
        }

        private static string? ReadString(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
