using AigcVideo.Cli.Output;
using AigcVideo.Cli.Targets;
using AigcVideo.Cli.Tasks;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Commands;

/// <summary>
/// Creates a video task and, unless <c>--no-wait</c>, waits for it, prints the video URL and, with <c>--download</c>
/// or <c>--output</c>, saves the file.
/// </summary>
internal static class CreateCommand
{
    public static Task<int> RunAsync(CliEnvironment environment, TargetSettings target, CreateSettings settings, CancellationToken cancellationToken)
    {
        // Built before the gateway is opened, so an unreadable local image is a usage error like a bad option.
        CreateAigcVideoTaskRequest request;
        try
        {
            request = CreateRequestFactory.Create(settings);
        }
        catch (UsageException exception)
        {
            return Task.FromResult(UsageErrors.Report(environment.Error, [exception.Message]));
        }

        return CommandExecution.RunAsync(environment, target, (api, output, token) => CreateAndWaitAsync(api, output, request, settings, token), cancellationToken);
    }

    private static async Task<int> CreateAndWaitAsync(ApiTarget api, ICliOutput output, CreateAigcVideoTaskRequest request, CreateSettings settings, CancellationToken cancellationToken)
    {
        CreatedTask created = await api.Client.CreateTaskAsync(request, settings.Wait.ToTaskOptions(), cancellationToken).ConfigureAwait(false);
        output.TaskCreated(created.TaskId, created.RequestId);
        if (settings.NoWait)
        {
            output.TaskQueued(created.TaskId);
            return ExitCodes.Success;
        }

        return await TaskCompletion.WaitAsync(api, output, created.TaskId, settings.Wait, settings.Download.PathFor(created.TaskId), cancellationToken).ConfigureAwait(false);
    }
}
