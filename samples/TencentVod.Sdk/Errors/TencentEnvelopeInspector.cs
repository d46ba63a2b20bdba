using System;
using CodeGen.Runtime.Responses;

namespace TencentVod.Sdk
{
    /// <summary>
    /// Tencent Cloud answers some refusals with HTTP 200 and <c>Response.Error</c>. This inspector, installed on every
    /// <see cref="AigcVideoClientOptions"/>, turns such an answer into an <see cref="AigcVideoApiException"/> carrying
    /// Tencent's Code, Message and RequestId, for every call: the SDK's methods and the generated ones alike.
    /// </summary>
    internal sealed class TencentEnvelopeInspector : IApiResponseInspector
    {
        public static TencentEnvelopeInspector Instance { get; } = new();

        private TencentEnvelopeInspector()
        {
        }

        /// <inheritdoc />
        public Exception? Inspect(ApiResponseContext response)
        {
            int status = (int)response.StatusCode;
            return response.Body switch
            {
                CreateTaskResponse { Response: { Error: { } error } result } => ApiErrors.FromEnvelope(status, error, result.RequestId),
                QueryTaskResponse { Response: { Error: { } error } detail } => ApiErrors.FromEnvelope(status, error, detail.RequestId),
                _ => null,
            };
        }
    }
}
