namespace AigcVideo.Simulator.Errors;

/// <summary>An error answer: the HTTP status plus the <c>Response.Error</c> code and message.</summary>
/// <param name="HttpStatus">The HTTP status code of the answer.</param>
/// <param name="Code">The Tencent-style error code, see <see cref="ErrorCodes"/>.</param>
/// <param name="Message">A human-readable message naming the problem.</param>
internal sealed record ApiError(int HttpStatus, string Code, string Message)
{
    /// <summary>An HTTP 400 error.</summary>
    public static ApiError BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);

    /// <summary>An HTTP 400 <c>InvalidParameterValue</c> error.</summary>
    public static ApiError InvalidValue(string message) => BadRequest(ErrorCodes.InvalidParameterValue, message);

    /// <summary>An HTTP 400 <c>MissingParameter</c> error.</summary>
    public static ApiError Missing(string path) => BadRequest(ErrorCodes.MissingParameter, $"The parameter '{path}' is required.");

    /// <summary>An HTTP 429 <c>RequestLimitExceeded</c> error.</summary>
    public static ApiError LimitExceeded(string message) => new(StatusCodes.Status429TooManyRequests, ErrorCodes.RequestLimitExceeded, message);

    /// <summary>Wraps this error in an exception that the request dispatcher turns into an error answer.</summary>
    public ApiException ToException() => new(this);
}
