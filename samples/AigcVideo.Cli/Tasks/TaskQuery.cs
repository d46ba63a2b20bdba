using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>One <c>GET /tencent-vod/v1/query/{task_id}</c> through the SDK, which turns Tencent's "200 but Response.Error" into an exception.</summary>
internal static class TaskQuery
{
    public static async Task<TaskSnapshot> GetAsync(AigcVideoClient client, string taskId, CancellationToken cancellationToken)
    {
        TaskDetail detail = await client.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        return TaskSnapshot.From(taskId, detail);
    }
}
