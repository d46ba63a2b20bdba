using System.Text.Json;
using System.Text.Json.Nodes;
using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Faults;
using AigcVideo.Simulator.Tasks;
using AigcVideo.Simulator.Validation.Models;

namespace AigcVideo.Simulator.Validation;

/// <summary>
/// Validates the body of <c>POST /tencent-vod/v1/template-effect</c> (Vidu effect templates, reference §1.6):
/// <c>scene_type</c> must be <c>template_effect</c> and <c>ext_info.AdditionalParameters.template</c> is required;
/// <c>prompt</c> and <c>file_infos</c> are optional. The task runs on model Vidu.
/// </summary>
internal sealed class TemplateEffectValidator
{
    private readonly bool _acceptUnknownModels;

    /// <summary>Creates the validator; <paramref name="acceptUnknownModels"/> mirrors <see cref="SimulatorOptions.AcceptUnknownModels"/>.</summary>
    public TemplateEffectValidator(bool acceptUnknownModels)
    {
        _acceptUnknownModels = acceptUnknownModels;
    }

    /// <summary>Validates <paramref name="root"/>, a JSON object, or throws an <see cref="ApiException"/>.</summary>
    public TaskSubmission Validate(JsonElement root)
    {
        var body = new JsonObjectReader(root, string.Empty);
        ModelRules vidu = ModelCatalog.Vidu;

        string sceneType = body.RequiredString("scene_type", "SceneType");
        if (sceneType != KnownValues.TemplateEffectScene)
        {
            throw ApiError.InvalidValue($"The parameter 'scene_type' must be '{KnownValues.TemplateEffectScene}' on this endpoint (got '{sceneType}').").ToException();
        }

        ExtInfoReader.ReadTemplate(body);

        string? modelName = body.String("model_name");
        if (modelName is not null && modelName != vidu.Name)
        {
            throw ApiError.InvalidValue($"Effect templates run on Vidu only; the parameter 'model_name' must be 'Vidu' or absent (got '{modelName}').").ToException();
        }

        string? modelVersion = body.String("model_version");
        if (modelVersion is not null && !vidu.IsKnownVersion(modelVersion) && !_acceptUnknownModels)
        {
            throw ApiError.InvalidValue(
                $"The parameter 'model_version' '{modelVersion}' is not valid for Vidu; allowed versions: {JsonObjectReader.Describe(vidu.Versions)}.").ToException();
        }

        OutputRules outputRules = modelVersion is not null && vidu.IsKnownVersion(modelVersion) ? vidu.OutputFor(modelVersion) : OutputRules.Undocumented;
        var input = new JsonObject().Put("ModelName", vidu.Name).Put("ModelVersion", modelVersion);
        FileInfosValidator.Read(body, input, vidu, modelVersion);
        string? prompt = body.String("prompt");
        input.Put("Prompt", prompt);
        OutputSettings output = OutputConfigValidator.Read(body, outputRules, $"Vidu {modelVersion}".TrimEnd(), vidu.Name, input);
        input.Put("SceneType", sceneType);
        (string? sessionId, string? sessionContext) = SessionFields.Read(body);

        return new TaskSubmission(vidu.Name, modelVersion, sessionId, sessionContext, output, JsonEcho.ToUtf8(input))
        {
            Faults = PromptTokens.Read(prompt),
        };
    }
}
