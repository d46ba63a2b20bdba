using AigcVideo.Cli.Output;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// Forwards the SDK's progress reports to the output on the polling thread. <see cref="Progress{T}"/> would post them
/// to the thread pool, so a report could arrive after the result line or out of order.
/// </summary>
internal sealed class OutputProgress(ICliOutput output) : IProgress<AigcVideoTaskProgress>
{
    public void Report(AigcVideoTaskProgress value) => output.Progress(TaskSnapshot.From(value.TaskId, value.Detail));
}
