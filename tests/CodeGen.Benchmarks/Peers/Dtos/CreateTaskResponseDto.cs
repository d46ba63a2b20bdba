namespace CodeGen.Benchmarks.Peers.Dtos;

// Hand-written equivalents of CreateTaskResponse / CreateTaskResult / ApiError. The wire names are PascalCase, so
// System.Text.Json's default (exact) names need no attributes.
public sealed class CreateTaskResponseDto
{
    public required CreateTaskResultDto Response { get; init; }
}

public sealed class CreateTaskResultDto
{
    public string? TaskId { get; init; }
    public required string RequestId { get; init; }
    public ApiErrorDto? Error { get; init; }
}

public sealed class ApiErrorDto
{
    public required string Code { get; init; }
    public required string Message { get; init; }
}
