using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeGen.Benchmarks.Peers.Dtos;

// Hand-written equivalents of the spec's CreateAigcVideoTaskRequest and OutputConfig, as a Refit or System.Text.Json
// user would write them: every member of the schema, snake_case names by attribute, enums as their wire strings
// (the spec's values such as "1080P" and "16:9" are not C# enum names). Members the benchmark payload never sets
// and whose own schemas are large are kept as JsonElement: they cost the same when absent.
public sealed class CreateTaskRequestDto
{
    [JsonPropertyName("model_name")] public required string ModelName { get; init; }
    [JsonPropertyName("model_version")] public required string ModelVersion { get; init; }
    [JsonPropertyName("prompt")] public string? Prompt { get; init; }
    [JsonPropertyName("negative_prompt")] public string? NegativePrompt { get; init; }
    [JsonPropertyName("enhance_prompt")] public string? EnhancePrompt { get; init; }
    [JsonPropertyName("file_infos")] public IReadOnlyList<JsonElement>? FileInfos { get; init; }
    [JsonPropertyName("subject_infos")] public IReadOnlyList<JsonElement>? SubjectInfos { get; init; }
    [JsonPropertyName("last_frame_file_id")] public string? LastFrameFileId { get; init; }
    [JsonPropertyName("last_frame_url")] public string? LastFrameUrl { get; init; }
    [JsonPropertyName("output_config")] public OutputConfigDto? OutputConfig { get; init; }
    [JsonPropertyName("input_region")] public string? InputRegion { get; init; }
    [JsonPropertyName("scene_type")] public string? SceneType { get; init; }
    [JsonPropertyName("procedure")] public string? Procedure { get; init; }
    [JsonPropertyName("seed")] public long? Seed { get; init; }
    [JsonPropertyName("session_id")] public string? SessionId { get; init; }
    [JsonPropertyName("session_context")] public string? SessionContext { get; init; }
    [JsonPropertyName("tasks_priority")] public int? TasksPriority { get; init; }
    [JsonPropertyName("ext_info")] public JsonElement? ExtInfo { get; init; }
}

public sealed class OutputConfigDto
{
    [JsonPropertyName("storage_mode")] public string? StorageMode { get; init; }
    [JsonPropertyName("media_name")] public string? MediaName { get; init; }
    [JsonPropertyName("class_id")] public long? ClassId { get; init; }
    [JsonPropertyName("expire_time")] public DateTimeOffset? ExpireTime { get; init; }
    [JsonPropertyName("duration")] public float? Duration { get; init; }
    [JsonPropertyName("resolution")] public string? Resolution { get; init; }
    [JsonPropertyName("aspect_ratio")] public string? AspectRatio { get; init; }
    [JsonPropertyName("audio_generation")] public string? AudioGeneration { get; init; }
    [JsonPropertyName("person_generation")] public string? PersonGeneration { get; init; }
    [JsonPropertyName("input_compliance_check")] public string? InputComplianceCheck { get; init; }
    [JsonPropertyName("output_compliance_check")] public string? OutputComplianceCheck { get; init; }
    [JsonPropertyName("enhance_switch")] public string? EnhanceSwitch { get; init; }
    [JsonPropertyName("off_peak")] public string? OffPeak { get; init; }
    [JsonPropertyName("frame_interpolate")] public string? FrameInterpolate { get; init; }
    [JsonPropertyName("logo_add")] public string? LogoAdd { get; init; }
    [JsonPropertyName("enable_bgm")] public string? EnableBgm { get; init; }
}
