using System.Net;
using System.Text.Json;
using TencentVod.Sdk;
using CodeGen.Runtime.Errors;

namespace AigcVideo.Cli.Errors;

/// <summary>
/// A failed call to the gateway, whatever shape it came in (HTTP error status, a 200 carrying <c>Response.Error</c>,
/// or no answer at all), reduced to what the user needs: the HTTP status and Tencent's error code and message.
/// </summary>
internal sealed record ApiFailure(int? HttpStatus, string? Code, string Message, string? RequestId)
{
    public static ApiFailure From(ApiException exception)
    {
        int status = (int)exception.StatusCode;
        if (exception is ApiException<ErrorResponse> { Error.Response: { } result })
        {
            return new ApiFailure(status, result.Error.Code, result.Error.Message, result.RequestId);
        }

        // Statuses the spec does not declare come without a typed body; the gateway may still have sent Tencent's
        // envelope, so look for it before falling back to the exception's own message.
        return TryReadEnvelope(exception.Body) is { } parsed
            ? parsed with { HttpStatus = status }
            : new ApiFailure(status, null, Describe(exception), null);
    }

    public static ApiFailure From(ApiError error, string? requestId) => new((int)HttpStatusCode.OK, error.Code, error.Message, requestId);

    public static ApiFailure From(HttpRequestException exception, Uri baseAddress) =>
        new(null, null, $"Could not reach {baseAddress}: {exception.Message}", null);

    public static ApiFailure RequestTimedOut(Uri baseAddress) =>
        new(null, null, $"The request to {baseAddress} timed out.", null);

    private static string Describe(ApiException exception) =>
        string.IsNullOrWhiteSpace(exception.Body) ? exception.Message : $"{exception.Message} {Shorten(exception.Body)}";

    private static string Shorten(string text) => text.Length <= 500 ? text : string.Concat(text.AsSpan(0, 500), "…");

    private static ApiFailure? TryReadEnvelope(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("Response", out JsonElement response)
                && response.ValueKind == JsonValueKind.Object
                && response.TryGetProperty("Error", out JsonElement error)
                && error.ValueKind == JsonValueKind.Object)
            {
                return new ApiFailure(
                    null,
                    ReadString(error, "Code"),
                    ReadString(error, "Message") ?? "(no message)",
                    ReadString(response, "RequestId"));
            }
        }
        catch (JsonException)
        {
            // Not JSON (e.g. an HTML error page from a proxy): the caller falls back to the raw text.
        }

        return null;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
