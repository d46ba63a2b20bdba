using AigcVideo.Cli.Output;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// Polls a task until it reaches a terminal state, reporting each change of status or percentage once. The caller's
/// token carries both Ctrl+C and the <c>--timeout</c> deadline.
/// </summary>
internal sealed class TaskWaiter(AigcVideoClient client, ICliOutput output, TimeSpan pollInterval)
{
    /// <summary>The latest state seen, so a timeout can say where the task was.</summary>
    public TaskSnapshot? Last { get; private set; }

    public async Task<TaskSnapshot> WaitAsync(string taskId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskSnapshot snapshot = await TaskQuery.GetAsync(client, taskId, cancellationToken).ConfigureAwait(false);
            if (Last is null || snapshot.ProgressKey != Last.ProgressKey)
            {
                output.Progress(snapshot);
            }

            Last = snapshot;
            if (snapshot.Phase != TaskPhase.Running)
            {
                return snapshot;
            }

            await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
