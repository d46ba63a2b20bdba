using System.Text.Json;
using System.Text.Json.Nodes;
using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Faults;
using AigcVideo.Simulator.Tasks;
using AigcVideo.Simulator.Validation.Models;

namespace AigcVideo.Simulator.Validation;

/// <summary>
/// Validates the snake_case body of <c>POST /tencent-vod/v1/aigc-video</c> (reference §1, §1.6, §4) and builds the
/// PascalCase <c>Input</c> echo. The first problem found is reported; unknown keys are ignored.
/// </summary>
internal sealed class CreateTaskValidator
{
    private readonly bool _acceptUnknownModels;
    private readonly bool _legacyLastFrameRules;

    /// <summary>
    /// Creates the validator; the flags mirror <see cref="SimulatorOptions.AcceptUnknownModels"/> and
    /// <see cref="SimulatorOptions.LegacyLastFrameRules"/>.
    /// </summary>
    public CreateTaskValidator(bool acceptUnknownModels, bool legacyLastFrameRules = true)
    {
        _acceptUnknownModels = acceptUnknownModels;
        _legacyLastFrameRules = legacyLastFrameRules;
    }

    /// <summary>Validates <paramref name="root"/>, a JSON object, or throws an <see cref="ApiException"/>.</summary>
    public TaskSubmission Validate(JsonElement root)
    {
        var body = new JsonObjectReader(root, string.Empty);

        string modelName = body.RequiredString("model_name", "ModelName");
        string modelVersion = body.RequiredString("model_version", "ModelVersion");
        ModelRules? model = ResolveModel(modelName, modelVersion);
        OutputRules outputRules = model is not null && model.IsKnownVersion(modelVersion) ? model.OutputFor(modelVersion) : OutputRules.Undocumented;

        var input = new JsonObject().Put("ModelName", modelName).Put("ModelVersion", modelVersion);
        FileInfosSummary files = FileInfosValidator.Read(body, input, model, modelVersion);
        SubjectInfosValidator.Read(body, model, modelVersion, input);
        string? lastFrameFileId = body.String("last_frame_file_id");
        string? lastFrameUrl = body.String("last_frame_url");
        string? prompt = body.String("prompt");
        input.Put("LastFrameFileId", lastFrameFileId)
            .Put("LastFrameUrl", lastFrameUrl)
            .Put("Prompt", prompt)
            .Put("NegativePrompt", body.String("negative_prompt"))
            .Put("EnhancePrompt", body.Enum("enhance_prompt", KnownValues.Switch));
        OutputSettings output = OutputConfigValidator.Read(body, outputRules, $"{modelName} {modelVersion}", model?.Name, input);
        input.Put("InputRegion", body.Enum("input_region", KnownValues.InputRegion));
        string? sceneType = ReadSceneType(body, model);
        input.Put("SceneType", sceneType)
            .Put("Seed", body.Integer("seed"));
        body.String("procedure");
        bool hasExtInfo = ExtInfoReader.Check(body);
        (string? sessionId, string? sessionContext) = SessionFields.Read(body);

        if (string.IsNullOrEmpty(prompt) && files.Count == 0 && sceneType is null && !hasExtInfo)
        {
            throw ApiError.BadRequest(ErrorCodes.MissingParameter, "The parameter 'prompt' is required when no 'file_infos', 'scene_type' or 'ext_info' is given.").ToException();
        }

        CheckLastFrame(model, modelVersion, output, files, lastFrameFileId, lastFrameUrl);
        MultiShotValidator.Check(body, model, modelVersion, output.Duration ?? KlingRules.DefaultDuration, files);

        return new TaskSubmission(modelName, modelVersion, sessionId, sessionContext, output, JsonEcho.ToUtf8(input))
        {
            Faults = PromptTokens.Read(prompt),
        };
    }

    private void CheckLastFrame(ModelRules? model, string version, OutputSettings output, FileInfosSummary files, string? lastFrameFileId, string? lastFrameUrl)
    {
        int lastFrames = (files.HasLastFrame ? 1 : 0) + (string.IsNullOrEmpty(lastFrameUrl) ? 0 : 1) + (string.IsNullOrEmpty(lastFrameFileId) ? 0 : 1);
        if (lastFrames == 0)
        {
            return;
        }

        if (lastFrames > 1)
        {
            throw ApiError.BadRequest(
                ErrorCodes.InvalidParameter,
                "Give the last frame once: as a 'file_infos' item with usage 'LastFrame', or as 'last_frame_url', or as 'last_frame_file_id'.").ToException();
        }

        if (!files.HasFirstFrame)
        {
            throw ApiError.BadRequest(ErrorCodes.InvalidParameter, "A last frame needs a first frame: add a 'file_infos' item whose 'usage' is 'FirstFrame'.").ToException();
        }

        int otherImages = files.Images - (files.HasLastFrame ? 1 : 0);
        if (_legacyLastFrameRules && model?.LastFrameProblem(version, output.Resolution, otherImages) is { } problem)
        {
            throw ApiError.BadRequest(ErrorCodes.InvalidParameter, problem).ToException();
        }
    }

    private ModelRules? ResolveModel(string modelName, string modelVersion)
    {
        ModelRules? model = ModelCatalog.Find(modelName);
        if (model is null)
        {
            if (_acceptUnknownModels)
            {
                return null;
            }

            throw ApiError.InvalidValue(
                $"The parameter 'model_name' must be one of {JsonObjectReader.Describe(ModelCatalog.All.Select(m => m.Name))} (got '{modelName}').").ToException();
        }

        if (!model.IsKnownVersion(modelVersion) && !_acceptUnknownModels)
        {
            throw ApiError.InvalidValue(
                $"The parameter 'model_version' '{modelVersion}' is not valid for {model.Name}; allowed versions: {JsonObjectReader.Describe(model.Versions)}.").ToException();
        }

        return model;
    }

    private static string? ReadSceneType(JsonObjectReader body, ModelRules? model)
    {
        string? sceneType = body.String("scene_type");
        if (sceneType is null)
        {
            return null;
        }

        if (sceneType == KnownValues.TemplateEffectScene)
        {
            throw ApiError.InvalidValue("The scene type 'template_effect' (Vidu effect templates) is served by POST /tencent-vod/v1/template-effect, not by this endpoint.").ToException();
        }

        IReadOnlyList<string> allowed = model?.SceneTypes ?? ModelCatalog.All.SelectMany(m => m.SceneTypes).ToArray();
        if (allowed.Count == 0)
        {
            throw ApiError.InvalidValue($"The parameter 'scene_type' is not supported for {model!.Name}; only Kling accepts a scene type.").ToException();
        }

        if (!allowed.Contains(sceneType, StringComparer.Ordinal))
        {
            string owner = model is null ? string.Empty : $" for {model.Name}";
            throw ApiError.InvalidValue($"The parameter 'scene_type' must be one of {JsonObjectReader.Describe(allowed)}{owner} (got '{sceneType}').").ToException();
        }

        return sceneType;
    }
}
