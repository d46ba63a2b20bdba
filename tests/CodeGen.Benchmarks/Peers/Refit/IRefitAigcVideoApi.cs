using CodeGen.Benchmarks.Peers.Dtos;
using Refit;

namespace CodeGen.Benchmarks.Peers.Refit;

/// <summary>The two calls as a Refit user declares them over the hand-written DTOs; Refit's source generator implements it.</summary>
[Headers("Authorization: Bearer")]
public interface IRefitAigcVideoApi
{
    [Post("/tencent-vod/v1/aigc-video")]
    Task<CreateTaskResponseDto> CreateAigcVideoTaskAsync([Body] CreateTaskRequestDto body, CancellationToken cancellationToken = default);

    [Get("/tencent-vod/v1/query/{taskId}")]
    Task<QueryTaskResponseDto> QueryTaskAsync(string taskId, CancellationToken cancellationToken = default);
}
