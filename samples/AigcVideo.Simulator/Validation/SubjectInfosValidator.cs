using System.Text.Json.Nodes;
using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Validation.Models;

namespace AigcVideo.Simulator.Validation;

/// <summary>Validates <c>subject_infos[]</c> (reference §1.3, Kling and Vidu) and echoes it as <c>SubjectInfos</c>.</summary>
internal static class SubjectInfosValidator
{
    /// <summary>
    /// Reads <c>subject_infos</c> for <paramref name="model"/> (<see langword="null"/> for a model the simulator does not know,
    /// which skips the per-model checks) at <paramref name="version"/> and adds the echo to <paramref name="input"/>.
    /// </summary>
    public static void Read(JsonObjectReader body, ModelRules? model, string version, JsonObject input)
    {
        IReadOnlyList<JsonObjectReader>? items = body.ObjectArray("subject_infos");
        if (items is null)
        {
            return;
        }

        if (model is not null && model.Subjects is null)
        {
            throw ApiError.InvalidValue($"The parameter 'subject_infos' is supported only for Kling and Vidu, not for {model.Name}.").ToException();
        }

        var echo = new JsonArray();
        foreach (JsonObjectReader item in items)
        {
            string? id = item.String("id");
            string? name = item.String("name");
            string? voiceId = item.String("voice_id");
            IReadOnlyList<string>? imageUrls = item.StringArray("image_urls");
            IReadOnlyList<string>? videoUrls = item.StringArray("video_urls");

            if (imageUrls is { Count: > SubjectRules.MaxImageUrls })
            {
                throw ApiError.InvalidValue($"The parameter '{item.PathOf("image_urls")}' may hold at most {SubjectRules.MaxImageUrls} URLs (got {imageUrls.Count}).").ToException();
            }

            if (videoUrls is { Count: > SubjectRules.MaxVideoUrls })
            {
                throw ApiError.InvalidValue($"The parameter '{item.PathOf("video_urls")}' may hold at most {SubjectRules.MaxVideoUrls} URL (got {videoUrls.Count}).").ToException();
            }

            if (model?.Subjects is { } rules)
            {
                string? required = rules.RequiredKey == "id" ? id : name;
                if (string.IsNullOrEmpty(required))
                {
                    throw ApiError.BadRequest(ErrorCodes.MissingParameter, $"The parameter '{item.PathOf(rules.RequiredKey)}' is required for {model.Name} subjects.").ToException();
                }

                if (!rules.AcceptsMedia && (voiceId is not null || imageUrls is not null || videoUrls is not null))
                {
                    throw ApiError.InvalidValue($"The item '{item.Path}' may not carry 'voice_id', 'image_urls' or 'video_urls' for {model.Name}; they are Vidu only.").ToException();
                }

                if (videoUrls is not null && !model.AcceptsSubjectVideos(version))
                {
                    throw ApiError.InvalidValue($"The parameter '{item.PathOf("video_urls")}' is supported only for Vidu q2-pro reference generation, not for {model.Name} {version}.").ToException();
                }
            }

            echo.Add((JsonNode)new JsonObject()
                .Put("Id", id)
                .Put("Name", name)
                .Put("VoiceId", voiceId)
                .Put("ImageUrls", JsonEcho.ToJsonArray(imageUrls))
                .Put("VideoUrls", JsonEcho.ToJsonArray(videoUrls)));
        }

        input.Put("SubjectInfos", echo);
    }
}
