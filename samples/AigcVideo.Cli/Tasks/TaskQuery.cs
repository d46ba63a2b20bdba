using AigcVideo.Cli.Errors;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>One <c>GET /tencent-vod/v1/query/{task_id}</c>, with Tencent's "200 but Response.Error" case turned into an error.</summary>
internal static class TaskQuery
{
    public static async Task<TaskSnapshot> GetAsync(AigcVideoClient client, string taskId, CancellationToken cancellationToken)
    {
        QueryTaskResponse answer = await client.QueryTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        TaskDetail detail = answer.Response;
        GatewayErrorException.ThrowIfError(detail.Error, detail.RequestId);
        return TaskSnapshot.From(taskId, detail);
    }
}
