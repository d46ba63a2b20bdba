using AigcVideo.Cli.Errors;
using AigcVideo.Cli.Output;
using AigcVideo.Cli.Targets;
using TencentVod.Sdk;

namespace AigcVideo.Cli.Commands;

/// <summary>
/// Runs a command body against its gateway and turns what can go wrong into the documented exit codes, so the
/// commands themselves only describe the happy path and task outcomes.
/// </summary>
internal static class CommandExecution
{
    public delegate Task<int> Body(ApiTarget target, ICliOutput output, CancellationToken cancellationToken);

    public static async Task<int> RunAsync(CliEnvironment environment, TargetSettings settings, Body body, CancellationToken cancellationToken)
    {
        ICliOutput output = OutputFactory.Create(environment, settings.Json);
        ApiTarget? target = null;
        try
        {
            target = await TargetFactory.OpenAsync(settings.BaseUrl, environment, cancellationToken).ConfigureAwait(false);
            output.TargetSelected(target);
            return await body(target, output, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            return UsageErrors.Report(environment.Error, [exception.Message]);
        }
        catch (AigcVideoValidationException exception)
        {
            output.RequestInvalid(exception.Problems);
            return ExitCodes.UsageError;
        }
        catch (AigcVideoRateLimitException exception)
        {
            output.ApiFailed(ApiFailure.From(exception));
            return ExitCodes.RateLimited;
        }
        catch (AigcVideoApiException exception)
        {
            output.ApiFailed(ApiFailure.From(exception));
            return ExitCodes.ApiError;
        }
        catch (AigcVideoDownloadException exception)
        {
            output.DownloadFailed(exception.Message);
            return ExitCodes.DownloadFailed;
        }
        catch (IOException exception) when (target is not null)
        {
            // Only the download writes files: a full disk or a folder that does not exist.
            output.DownloadFailed(exception.Message);
            return ExitCodes.DownloadFailed;
        }
        catch (UnauthorizedAccessException exception) when (target is not null)
        {
            output.DownloadFailed(exception.Message);
            return ExitCodes.DownloadFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Cancelled();
            return ExitCodes.Cancelled;
        }
        catch (HttpRequestException exception) when (target is not null)
        {
            output.ApiFailed(ApiFailure.From(exception, target.BaseAddress));
            return ExitCodes.ApiError;
        }
        catch (TaskCanceledException) when (target is not null)
        {
            // Nobody cancelled: this is HttpClient's own per-request timeout.
            output.ApiFailed(ApiFailure.RequestTimedOut(target.BaseAddress));
            return ExitCodes.ApiError;
        }
        finally
        {
            if (target is not null)
            {
                await target.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
