using System.Text.Json;
using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Validation;

/// <summary>Parses a request body that must be one JSON object.</summary>
internal static class RequestBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>
    /// Parses <paramref name="body"/>; an empty body, malformed JSON or a non-object fails with <c>InvalidParameter</c>.
    /// The caller disposes the returned document.
    /// </summary>
    public static JsonDocument ParseObject(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw ApiError.BadRequest(ErrorCodes.InvalidParameter, "The request body is empty; a JSON object is expected.").ToException();
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException ex)
        {
            throw ApiError.BadRequest(ErrorCodes.InvalidParameter, $"The request body is not valid JSON: {ex.Message}").ToException();
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            string kind = JsonObjectReader.KindOf(document.RootElement);
            document.Dispose();
            throw ApiError.BadRequest(ErrorCodes.InvalidParameter, $"The request body must be a JSON object (got {kind}).").ToException();
        }

        return document;
    }
}
