using AigcVideo.Cli.Commands;
using AigcVideo.Cli.Output;
using AigcVideo.Cli.Targets;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// The end of every command that waits (create, wait, download): wait with the SDK, report the ending, and save the
/// file when asked. Failures of the task and the timeout become exit codes here; API and download errors are left to
/// <see cref="CommandExecution"/>.
/// </summary>
internal static class TaskCompletion
{
    public static async Task<int> WaitAsync(ApiTarget api, ICliOutput output, string taskId, WaitSettings wait, string? downloadPath, CancellationToken cancellationToken)
    {
        if (downloadPath is not null)
        {
            output.WillDownload(downloadPath);
        }

        AigcVideoTaskResult result;
        try
        {
            result = await api.Client.WaitForCompletionAsync(taskId, wait.ToTaskOptions(), new OutputProgress(output), cancellationToken).ConfigureAwait(false);
        }
        catch (AigcVideoTaskFailedException failure)
        {
            output.TaskEnded(TaskSnapshot.From(taskId, failure.Detail));
            return ExitCodes.TaskFailed;
        }
        catch (AigcVideoTimeoutException timeout)
        {
            output.TimedOut(wait.Timeout, timeout.LastSeen is { } last ? TaskSnapshot.From(taskId, last) : null);
            return ExitCodes.Timeout;
        }

        output.TaskEnded(TaskSnapshot.From(taskId, result.Detail));
        if (downloadPath is null)
        {
            return ExitCodes.Success;
        }

        DownloadedFile file = await api.Client.DownloadAsync(result, downloadPath, cancellationToken).ConfigureAwait(false);
        output.Downloaded(result.TaskId, file);
        return ExitCodes.Success;
    }
}
