using System.Buffers.Text;
using System.Text.Json.Nodes;
using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Validation;

/// <summary>Validates <c>file_infos[]</c> (reference §1.2) and echoes it as <c>FileInfos</c>.</summary>
internal static class FileInfosValidator
{
    /// <summary>All Base64 files of one request together may hold at most 7 MB.</summary>
    public const int MaxBase64Bytes = 7 * 1024 * 1024;

    /// <summary>
    /// Reads <c>file_infos</c> from <paramref name="body"/>, adds the <c>FileInfos</c> echo to <paramref name="input"/>
    /// and reports what the items contain.
    /// </summary>
    public static FileInfosSummary Read(JsonObjectReader body, JsonObject input)
    {
        IReadOnlyList<JsonObjectReader>? items = body.ObjectArray("file_infos");
        if (items is null)
        {
            return FileInfosSummary.None;
        }

        var echo = new JsonArray();
        bool hasFirstFrame = false;
        bool hasLastFrame = false;
        long base64Bytes = 0;
        foreach (JsonObjectReader item in items)
        {
            string? type = item.Enum("type", KnownValues.FileType);
            string? category = item.Enum("category", KnownValues.FileCategory);
            string? fileId = item.String("file_id");
            string? url = item.String("url");
            string? base64 = item.String("base64");
            string? referenceType = item.Enum("reference_type", KnownValues.ReferenceType);
            string? objectId = item.String("object_id");
            string? voiceId = item.String("voice_id");
            string? keepOriginalSound = item.Enum("keep_original_sound", KnownValues.Switch);
            string? usage = item.Enum("usage", KnownValues.FileUsage);
            string? text = item.String("text");

            RequireSource(item, type, fileId, url, base64);
            if (base64 is not null)
            {
                base64Bytes += DecodedLength(item, base64);
            }

            hasFirstFrame |= usage is null or KnownValues.FirstFrameUsage;
            hasLastFrame |= usage is KnownValues.LastFrameUsage;

            // Base64 payloads are not echoed back: they can be megabytes long.
            echo.Add((JsonNode)new JsonObject()
                .Put("Type", type)
                .Put("Category", category)
                .Put("FileId", fileId)
                .Put("Url", url)
                .Put("ReferenceType", referenceType)
                .Put("ObjectId", objectId)
                .Put("VoiceId", voiceId)
                .Put("KeepOriginalSound", keepOriginalSound)
                .Put("Usage", usage)
                .Put("Text", text));
        }

        if (base64Bytes > MaxBase64Bytes)
        {
            throw ApiError.InvalidValue($"The Base64 files in 'file_infos' hold {base64Bytes} bytes together; at most {MaxBase64Bytes} (7 MB) are allowed.").ToException();
        }

        input.Put("FileInfos", echo);
        return new FileInfosSummary(items.Count, hasFirstFrame, hasLastFrame);
    }

    private static void RequireSource(JsonObjectReader item, string? type, string? fileId, string? url, string? base64)
    {
        (string key, string? value)? required = type switch
        {
            "File" => ("file_id", fileId),
            "Url" => ("url", url),
            "Base64" => ("base64", base64),
            _ => null,
        };
        if (required is { } r)
        {
            if (string.IsNullOrEmpty(r.value))
            {
                throw ApiError.BadRequest(
                    ErrorCodes.MissingParameter,
                    $"The parameter '{item.PathOf(r.key)}' is required when '{item.PathOf("type")}' is '{type}'.").ToException();
            }

            return;
        }

        if (string.IsNullOrEmpty(fileId) && string.IsNullOrEmpty(url) && string.IsNullOrEmpty(base64))
        {
            throw ApiError.BadRequest(
                ErrorCodes.MissingParameter,
                $"The item '{item.Path}' needs one of 'file_id', 'url' or 'base64'.").ToException();
        }
    }

    private static long DecodedLength(JsonObjectReader item, string base64)
    {
        if (base64.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiError.InvalidValue($"The parameter '{item.PathOf("base64")}' must be plain Base64 without a 'data:…;base64,' prefix.").ToException();
        }

        if (!Base64.IsValid(base64, out int decodedLength))
        {
            throw ApiError.InvalidValue($"The parameter '{item.PathOf("base64")}' is not valid Base64.").ToException();
        }

        return decodedLength;
    }
}
