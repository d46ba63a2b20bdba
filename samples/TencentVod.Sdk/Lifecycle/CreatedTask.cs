namespace TencentVod.Sdk
{
    /// <summary>A task the gateway accepted.</summary>
    /// <param name="TaskId">The id to query and wait for.</param>
    /// <param name="RequestId">Tencent's RequestId of the create call.</param>
    public sealed record CreatedTask(string TaskId, string RequestId);
}
