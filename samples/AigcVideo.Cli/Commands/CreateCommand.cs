using AigcVideo.Cli.Errors;
using AigcVideo.Cli.Output;
using AigcVideo.Cli.Targets;
using AigcVideo.Cli.Tasks;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Commands;

/// <summary>Creates a video task and, unless <c>--no-wait</c>, polls it until it ends and prints the video URL.</summary>
internal static class CreateCommand
{
    public static Task<int> RunAsync(CliEnvironment environment, TargetSettings target, CreateSettings settings, CancellationToken cancellationToken) =>
        CommandExecution.RunAsync(environment, target, (api, output, token) => CreateAndWaitAsync(api, output, settings, token), cancellationToken);

    private static async Task<int> CreateAndWaitAsync(ApiTarget api, ICliOutput output, CreateSettings settings, CancellationToken cancellationToken)
    {
        // The deadline starts once the gateway is ready, so starting the local simulator does not eat into it.
        using var deadline = new CancellationTokenSource(settings.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var waiter = new TaskWaiter(api.Client, output, settings.PollInterval);
        try
        {
            string taskId = await CreateTaskAsync(api.Client, output, settings, linked.Token).ConfigureAwait(false);
            if (settings.NoWait)
            {
                output.TaskQueued(taskId);
                return ExitCodes.Success;
            }

            TaskSnapshot final = await waiter.WaitAsync(taskId, linked.Token).ConfigureAwait(false);
            output.TaskEnded(final);
            return final.Phase == TaskPhase.Succeeded ? ExitCodes.Success : ExitCodes.TaskFailed;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            output.TimedOut(settings.Timeout, waiter.Last);
            return ExitCodes.Timeout;
        }
    }

    private static async Task<string> CreateTaskAsync(AigcVideoClient client, ICliOutput output, CreateSettings settings, CancellationToken cancellationToken)
    {
        CreateTaskResponse answer = await client.CreateAigcVideoTaskAsync(CreateRequestFactory.Create(settings), cancellationToken).ConfigureAwait(false);
        CreateTaskResult result = answer.Response;
        GatewayErrorException.ThrowIfError(result.Error, result.RequestId);
        if (string.IsNullOrEmpty(result.TaskId))
        {
            throw new GatewayErrorException(new ApiFailure(200, null, "The gateway accepted the request but returned no TaskId.", result.RequestId));
        }

        output.TaskCreated(result.TaskId, result.RequestId);
        return result.TaskId;
    }
}
