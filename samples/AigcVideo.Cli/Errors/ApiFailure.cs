using TencentVod.Sdk;

namespace AigcVideo.Cli.Errors;

/// <summary>
/// A failed call to the gateway, whatever shape it came in (the SDK's <see cref="AigcVideoApiException"/> for an
/// error status or a 200 carrying <c>Response.Error</c>, or no answer at all), reduced to what the user needs: the
/// HTTP status and Tencent's error code and message.
/// </summary>
internal sealed record ApiFailure(int? HttpStatus, string? Code, string Message, string? RequestId)
{
    public static ApiFailure From(AigcVideoApiException exception) =>
        new(exception.HttpStatus, exception.Code, exception.ErrorMessage, exception.RequestId);

    public static ApiFailure From(HttpRequestException exception, Uri baseAddress) =>
        new(null, null, $"Could not reach {baseAddress}: {exception.Message}", null);

    public static ApiFailure RequestTimedOut(Uri baseAddress) =>
        new(null, null, $"The request to {baseAddress} timed out.", null);
}
