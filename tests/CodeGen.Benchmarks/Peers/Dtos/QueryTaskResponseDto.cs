using System.Text.Json;

namespace CodeGen.Benchmarks.Peers.Dtos;

// Hand-written equivalents of QueryTaskResponse and the types under it, every member of each schema on the path
// the benchmark payload takes (enums as wire strings; large schemas it never contains as JsonElement).
public sealed class QueryTaskResponseDto
{
    public required TaskDetailDto Response { get; init; }
}

public sealed class TaskDetailDto
{
    public string? TaskType { get; init; }
    public string? Status { get; init; }
    public DateTimeOffset? CreateTime { get; init; }
    public DateTimeOffset? BeginProcessTime { get; init; }
    public DateTimeOffset? FinishTime { get; init; }
    public AigcVideoTaskDto? AigcVideoTask { get; init; }
    public required string RequestId { get; init; }
    public ApiErrorDto? Error { get; init; }
}

public sealed class AigcVideoTaskDto
{
    public required string TaskId { get; init; }
    public required string Status { get; init; }
    public long? ErrCode { get; init; }
    public string? ErrCodeExt { get; init; }
    public string? Message { get; init; }
    public int? Progress { get; init; }
    public AigcVideoTaskInputDto? Input { get; init; }
    public AigcVideoTaskOutputDto? Output { get; init; }
    public string? SessionId { get; init; }
    public string? SessionContext { get; init; }
}

public sealed class AigcVideoTaskInputDto
{
    public string? ModelName { get; init; }
    public string? ModelVersion { get; init; }
    public IReadOnlyList<JsonElement>? FileInfos { get; init; }
    public IReadOnlyList<JsonElement>? SubjectInfos { get; init; }
    public string? LastFrameFileId { get; init; }
    public string? LastFrameUrl { get; init; }
    public string? Prompt { get; init; }
    public string? NegativePrompt { get; init; }
    public string? EnhancePrompt { get; init; }
    public string? GenerationMode { get; init; }
    public EchoOutputConfigDto? OutputConfig { get; init; }
    public string? InputRegion { get; init; }
    public string? SceneType { get; init; }
    public long? Seed { get; init; }
}

public sealed class EchoOutputConfigDto
{
    public string? StorageMode { get; init; }
    public string? MediaName { get; init; }
    public long? ClassId { get; init; }
    public DateTimeOffset? ExpireTime { get; init; }
    public float? Duration { get; init; }
    public string? Resolution { get; init; }
    public string? AspectRatio { get; init; }
    public string? AudioGeneration { get; init; }
    public string? PersonGeneration { get; init; }
    public string? InputComplianceCheck { get; init; }
    public string? OutputComplianceCheck { get; init; }
    public string? EnhanceSwitch { get; init; }
    public string? OffPeak { get; init; }
    public string? FrameInterpolate { get; init; }
    public string? LogoAdd { get; init; }
    public string? EnableBgm { get; init; }
}

public sealed class AigcVideoTaskOutputDto
{
    public IReadOnlyList<OutputFileInfoDto>? FileInfos { get; init; }
    public IReadOnlyList<string>? ProcedureTaskIds { get; init; }
    public TaskUsageDto? Usage { get; init; }
}

public sealed class OutputFileInfoDto
{
    public string? StorageMode { get; init; }
    public string? MediaName { get; init; }
    public long? ClassId { get; init; }
    public DateTimeOffset? ExpireTime { get; init; }
    public string? FileType { get; init; }
    public string? FileUrl { get; init; }
    public string? FileContent { get; init; }
    public string? FileId { get; init; }
    public JsonElement? MetaData { get; init; }
    public string? UsageType { get; init; }
}

public sealed class TaskUsageDto
{
    public long? InputTokens { get; init; }
    public long? ThoughtTokens { get; init; }
    public long? InputImageCount { get; init; }
    public long? InputSeconds { get; init; }
    public long? OutputSeconds { get; init; }
    public long? TotalSeconds { get; init; }
}
