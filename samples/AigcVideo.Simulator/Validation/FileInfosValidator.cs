using System.Buffers.Text;
using System.Text.Json.Nodes;
using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Validation.Models;

namespace AigcVideo.Simulator.Validation;

/// <summary>Validates <c>file_infos[]</c> (reference §1.2, §1.5) and echoes it as <c>FileInfos</c>.</summary>
internal static class FileInfosValidator
{
    /// <summary>All Base64 files of one request together may hold at most 7 MB.</summary>
    public const int MaxBase64Bytes = 7 * 1024 * 1024;

    /// <summary>
    /// Reads <c>file_infos</c> from <paramref name="body"/>, checks each item against <paramref name="model"/> at
    /// <paramref name="version"/> (<see langword="null"/> model: a model the simulator does not know, no per-model
    /// checks), adds the <c>FileInfos</c> echo to <paramref name="input"/> and reports what the items contain.
    /// </summary>
    public static FileInfosSummary Read(JsonObjectReader body, JsonObject input, ModelRules? model, string? version)
    {
        IReadOnlyList<JsonObjectReader>? items = body.ObjectArray("file_infos");
        if (items is null)
        {
            return FileInfosSummary.None;
        }

        var echo = new JsonArray();
        int firstFrames = 0;
        bool hasFirstFrame = false;
        int lastFrames = 0;
        int images = 0;
        int imagesWithObjectId = 0;
        JsonObjectReader? voiceItem = null;
        bool hasVideo = false;
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

            bool isImage = category is null or "Image";
            CheckCategoryFields(item, category, isImage, usage, objectId, voiceId, keepOriginalSound);
            if (model is not null)
            {
                CheckModelFields(item, model, version ?? string.Empty, category, referenceType, objectId, voiceId, text);
            }

            // A video or audio item with the default usage is an input to edit or follow, not a first frame. Several
            // images without a usage are the older multi-image mode (before Usage existed), so only explicit first
            // frames count towards the one-first-frame limit.
            firstFrames += usage is KnownValues.FirstFrameUsage ? 1 : 0;
            hasFirstFrame |= usage is KnownValues.FirstFrameUsage || (usage is null && isImage);
            lastFrames += usage is KnownValues.LastFrameUsage ? 1 : 0;
            images += isImage ? 1 : 0;
            imagesWithObjectId += isImage && objectId is not null ? 1 : 0;
            voiceItem ??= voiceId is not null ? item : null;
            hasVideo |= category == "Video";

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

        if (firstFrames > 1 || lastFrames > 1)
        {
            throw ApiError.InvalidValue("The parameter 'file_infos' may hold at most one first frame and one last frame image.").ToException();
        }

        if (voiceItem is not null && imagesWithObjectId < images)
        {
            throw ApiError.InvalidValue($"The parameter '{voiceItem.PathOf("voice_id")}' needs every image in 'file_infos' to carry an 'object_id'.").ToException();
        }

        if (model is not null && images > model.MaxImages(version ?? string.Empty))
        {
            throw ApiError.InvalidValue(
                $"The parameter 'file_infos' may hold at most {model.MaxImages(version ?? string.Empty)} images for {model.Name} {version} (got {images}).").ToException();
        }

        input.Put("FileInfos", echo);
        return new FileInfosSummary(items.Count, hasFirstFrame, lastFrames > 0, images, hasVideo);
    }

    private static void CheckCategoryFields(
        JsonObjectReader item, string? category, bool isImage, string? usage, string? objectId, string? voiceId, string? keepOriginalSound)
    {
        if (!isImage && usage is KnownValues.FirstFrameUsage or KnownValues.LastFrameUsage)
        {
            throw ApiError.InvalidValue($"The item '{item.Path}' is a {usage} and must be an image (got category '{category}').").ToException();
        }

        if (!isImage && (objectId is not null || voiceId is not null))
        {
            throw ApiError.InvalidValue($"The item '{item.Path}' may carry 'object_id' and 'voice_id' only when its category is 'Image'.").ToException();
        }

        if (keepOriginalSound is not null && category != "Video")
        {
            throw ApiError.InvalidValue($"The parameter '{item.PathOf("keep_original_sound")}' applies only to items whose category is 'Video'.").ToException();
        }
    }

    private static void CheckModelFields(
        JsonObjectReader item, ModelRules model, string version, string? category, string? referenceType, string? objectId, string? voiceId, string? text)
    {
        if (referenceType is not null)
        {
            if (!model.ReferenceTypes.Contains(referenceType, StringComparer.Ordinal))
            {
                string allowed = model.ReferenceTypes.Count == 0 ? "none" : JsonObjectReader.Describe(model.ReferenceTypes);
                throw ApiError.InvalidValue($"The parameter '{item.PathOf("reference_type")}' '{referenceType}' is not valid for {model.Name}; allowed: {allowed}.").ToException();
            }

            if (model.ReferenceTypeCategory is { } needed && category != needed)
            {
                throw ApiError.InvalidValue($"The parameter '{item.PathOf("reference_type")}' needs category '{needed}' for {model.Name}.").ToException();
            }
        }

        if (objectId is not null && !model.AcceptsObjectIds)
        {
            throw ApiError.InvalidValue($"The parameter '{item.PathOf("object_id")}' (a subject id) is supported only for Vidu, not for {model.Name}.").ToException();
        }

        if (voiceId is not null && !model.AcceptsFileVoiceIds(version))
        {
            throw ApiError.InvalidValue($"The parameter '{item.PathOf("voice_id")}' is supported only for Vidu q2, not for {model.Name} {version}.").ToException();
        }

        if (text is not null && !model.AcceptsFileText)
        {
            throw ApiError.InvalidValue($"The parameter '{item.PathOf("text")}' (an image name) is supported only for PixVerse, not for {model.Name}.").ToException();
        }
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
