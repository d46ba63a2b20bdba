using TencentVod.Sdk;

namespace AigcVideo.Cli.Errors;

/// <summary>
/// Thrown when a 200 answer carries <c>Response.Error</c>: Tencent reports failures this way, and the generated client
/// cannot tell them from successes by status code, so the CLI checks and turns them into an <see cref="ApiFailure"/>.
/// </summary>
internal sealed class GatewayErrorException(ApiFailure failure) : Exception(failure.Message)
{
    public ApiFailure Failure { get; } = failure;

    public static void ThrowIfError(ApiError? error, string? requestId)
    {
        if (error is not null)
        {
            throw new GatewayErrorException(ApiFailure.From(error, requestId));
        }
    }
}
