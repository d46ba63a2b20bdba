using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Responses;

/// <summary>
/// Writes Tencent API 3.0 envelopes: <c>{"Response":{…,"RequestId":"&lt;guid&gt;"}}</c>, and the error form
/// <c>{"Response":{"Error":{"Code":"…","Message":"…"},"RequestId":"&lt;guid&gt;"}}</c>.
/// </summary>
internal static class JsonResponses
{
    /// <summary>The JSON content type of every API answer.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Writer settings: compact, non-ASCII text (e.g. Chinese prompts) left unescaped as Tencent does.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>
    /// Answers with <paramref name="status"/> and an envelope whose <c>Response</c> members are written by
    /// <paramref name="writeMembers"/>, followed by a fresh <c>RequestId</c>.
    /// </summary>
    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("Response");
            writeMembers(writer);
            writer.WriteString("RequestId", Guid.NewGuid().ToString("D"));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = JsonContentType;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>Answers with the error envelope of <paramref name="error"/>.</summary>
    public static Task WriteErrorAsync(HttpContext context, ApiError error) =>
        WriteAsync(context, error.HttpStatus, writer =>
        {
            writer.WriteStartObject("Error");
            writer.WriteString("Code", error.Code);
            writer.WriteString("Message", error.Message);
            writer.WriteEndObject();
        });
}
