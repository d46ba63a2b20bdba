using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Errors;
using CodeGen.Runtime.Validation;

namespace TencentVod.Sdk
{
    // Create and query as the SDK's users want them: validated, with every refusal as an AigcVideoApiException. Tencent's
    // "200 but Response.Error" is already an exception when the generated method returns (TencentEnvelopeInspector),
    // so the generated CreateAigcVideoTaskAsync and QueryTaskAsync report it the same way.
    public sealed partial class AigcVideoClient
    {
        /// <summary>
        /// Checks <paramref name="request"/> against the per-model rules (unless <see cref="AigcVideoTaskOptions.BypassValidation"/>)
        /// and creates the task.
        /// </summary>
        /// <remarks>
        /// Retry safety: a create is safe to retry (by the caller or a resilience handler such as
        /// <c>AddStandardResilienceHandler()</c>) only when <paramref name="request"/> carries a <c>SessionId</c>: the gateway
        /// deduplicates creates on it, so a retried create returns the same task instead of starting (and billing) a second
        /// one. Without it, a create that timed out may still have started a task; query before creating again.
        /// </remarks>
        /// <param name="request">The task to create.</param>
        /// <param name="options">Only <see cref="AigcVideoTaskOptions.BypassValidation"/> is used here; <see langword="null"/> for defaults.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The new task's id and the create call's RequestId.</returns>
        /// <exception cref="AigcVideoValidationException">The request breaks a per-model rule; nothing was sent.</exception>
        /// <exception cref="AigcVideoRateLimitException">The gateway answered <c>RequestLimitExceeded</c>.</exception>
        /// <exception cref="AigcVideoApiException">The gateway refused the request (error status or <c>Response.Error</c>).</exception>
        public async Task<CreatedTask> CreateTaskAsync(CreateAigcVideoTaskRequest request, AigcVideoTaskOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (options?.BypassValidation != true)
            {
                Validate(request);
            }

            CreateTaskResponse answer;
            try
            {
                answer = await CreateAigcVideoTaskAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException exception)
            {
                throw ApiErrors.From(exception, taskId: null);
            }
            catch (RequestValidationException exception)
            {
                // Only a client built from generated options with ValidateRequests on gets here; report it as the SDK's own.
                throw new AigcVideoValidationException(exception.Errors.Select(ValidationProblem.FromSpec).ToArray());
            }

            CreateTaskResult result = answer.Response;
            if (string.IsNullOrEmpty(result.TaskId))
            {
                throw new AigcVideoApiException(200, null, "The gateway accepted the request but returned no TaskId.", result.RequestId);
            }

            return new CreatedTask(result.TaskId!, result.RequestId);
        }

        /// <summary>Queries a task once.</summary>
        /// <remarks>Retry safety: a query changes nothing on the gateway, so it is always safe to retry.</remarks>
        /// <param name="taskId">The task's id.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The query's <c>Response</c>; classify it with <see cref="AigcVideoTaskState.PhaseOf"/>.</returns>
        /// <exception cref="AigcVideoApiException">The gateway refused the query, e.g. <c>InvalidParameterValue.TaskId</c> for an unknown id.</exception>
        public async Task<TaskDetail> GetTaskAsync(string taskId, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(taskId))
            {
                throw new ArgumentException("The task id is empty.", nameof(taskId));
            }

            QueryTaskResponse answer;
            try
            {
                answer = await QueryTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException exception)
            {
                throw ApiErrors.From(exception, taskId);
            }
            catch (AigcVideoApiException exception) when (exception.TaskId is null)
            {
                throw ApiErrors.WithTaskId(exception, taskId);
            }

            return answer.Response;
        }
    }
}
