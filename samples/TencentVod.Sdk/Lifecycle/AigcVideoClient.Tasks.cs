using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Errors;
using CodeGen.Runtime.Validation;

namespace TencentVod.Sdk
{
    // Create and query as the SDK's users want them: validated, with Tencent's "200 but Response.Error" turned into an
    // exception. The generated CreateAigcVideoTaskAsync and QueryTaskAsync stay available unchanged.
    public sealed partial class AigcVideoClient
    {
        /// <summary>
        /// Checks <paramref name="request"/> against the per-model rules (unless <see cref="AigcVideoTaskOptions.BypassValidation"/>)
        /// and creates the task.
        /// </summary>
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
            ApiErrors.ThrowIfError(result.Error, result.RequestId, taskId: null);
            if (string.IsNullOrEmpty(result.TaskId))
            {
                throw new AigcVideoApiException(200, null, "The gateway accepted the request but returned no TaskId.", result.RequestId);
            }

            return new CreatedTask(result.TaskId!, result.RequestId);
        }

        /// <summary>Queries a task once.</summary>
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

            ApiErrors.ThrowIfError(answer.Response.Error, answer.Response.RequestId, taskId);
            return answer.Response;
        }
    }
}
