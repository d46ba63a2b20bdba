using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Faults;

/// <summary>The error answer of each <see cref="CreateRejection"/>.</summary>
internal static class Rejections
{
    /// <summary>The requests per second the reference gives for <c>CreateAigcVideoTask</c> (§0, S9).</summary>
    public const int CreateRateLimit = 20;

    /// <summary>The requests per second the reference gives for <c>DescribeTaskDetail</c> (§3.1).</summary>
    public const int QueryRateLimit = 100;

    /// <summary>The error for <paramref name="rejection"/>; <paramref name="detail"/> adds why, when known.</summary>
    public static ApiError ToError(CreateRejection rejection, string? detail = null) => rejection switch
    {
        CreateRejection.ContentViolation => ApiError.BadRequest(
            ErrorCodes.VoilationContent,
            detail ?? "The prompt violates the content policy (simulated)."),
        CreateRejection.RateLimit => RateLimited(CreateRateLimit, "create", detail),
        _ => ApiError.LimitExceeded(
            $"70000: the number of concurrent tasks exceeds the account limit. {detail ?? "(simulated)"}".TrimEnd()),
    };

    /// <summary>The error for a request over a per-second limit of <paramref name="perSecond"/> requests.</summary>
    public static ApiError RateLimited(int perSecond, string what, string? detail = null) =>
        ApiError.LimitExceeded($"The request rate limit was exceeded: at most {perSecond} {what} requests per second. {detail ?? string.Empty}".TrimEnd());
}
