using System;
using System.Threading;
using System.Threading.Tasks;

namespace TencentVod.Sdk
{
    // Waiting for a task: poll with backoff until it ends, report changes, and turn its ending into a result or an
    // exception, so callers write one await instead of a polling loop.
    public sealed partial class AigcVideoClient
    {
        /// <summary>
        /// Polls a task until it ends: the first query goes out at once, then after pauses that grow from
        /// <see cref="AigcVideoTaskOptions.InitialPollInterval"/> to <see cref="AigcVideoTaskOptions.MaxPollInterval"/>
        /// while the status stays the same.
        /// </summary>
        /// <param name="taskId">The task to wait for.</param>
        /// <param name="options">Polling, timeout and clock; <see langword="null"/> for defaults.</param>
        /// <param name="progress">Told about the first answer and every change of status or percentage.</param>
        /// <param name="cancellationToken">Stops waiting (throws <see cref="OperationCanceledException"/>); the task keeps running on the server.</param>
        /// <returns>The finished task with its output file URLs.</returns>
        /// <exception cref="AigcVideoTaskAbortedException">The task was aborted.</exception>
        /// <exception cref="AigcVideoTaskFailedException">The task finished with a non-zero ErrCode or without a file.</exception>
        /// <exception cref="AigcVideoTimeoutException">The task did not end within <see cref="AigcVideoTaskOptions.Timeout"/>.</exception>
        /// <exception cref="AigcVideoApiException">A query was refused (a rate limit, 5xx or lost connection only after <see cref="AigcVideoTaskOptions.MaxQueryRetries"/> retries).</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public async Task<AigcVideoTaskResult> WaitForCompletionAsync(
            string taskId,
            AigcVideoTaskOptions? options = null,
            IProgress<AigcVideoTaskProgress>? progress = null,
            CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(taskId))
            {
                throw new ArgumentException("The task id is empty.", nameof(taskId));
            }

            options ??= new AigcVideoTaskOptions();
            options.Validate();
            cancellationToken.ThrowIfCancellationRequested();

            using CancellationTokenSource deadline = Clock.CancelAfter(options.TimeProvider, options.Timeout);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            var poller = new TaskPoller(this, taskId, options, progress);
            try
            {
                return await poller.RunAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new AigcVideoTimeoutException(taskId, options.Timeout, poller.Last);
            }
        }

        /// <summary>
        /// Validates the request (unless <see cref="AigcVideoTaskOptions.BypassValidation"/>), creates the task and
        /// waits for it as <see cref="WaitForCompletionAsync"/> does. The timeout counts from when the task was created.
        /// </summary>
        /// <param name="request">The task to create.</param>
        /// <param name="options">Validation, polling, timeout and clock; <see langword="null"/> for defaults.</param>
        /// <param name="progress">Told about the first answer and every change of status or percentage.</param>
        /// <param name="cancellationToken">Stops the create or the wait; a created task keeps running on the server.</param>
        /// <returns>The finished task with its output file URLs.</returns>
        /// <exception cref="AigcVideoValidationException">The request breaks a per-model rule; nothing was sent.</exception>
        /// <exception cref="AigcVideoRateLimitException">The create was refused with <c>RequestLimitExceeded</c>.</exception>
        /// <exception cref="AigcVideoApiException">The create or a query was refused.</exception>
        /// <exception cref="AigcVideoTaskAbortedException">The task was aborted.</exception>
        /// <exception cref="AigcVideoTaskFailedException">The task finished with a non-zero ErrCode or without a file.</exception>
        /// <exception cref="AigcVideoTimeoutException">The task did not end within <see cref="AigcVideoTaskOptions.Timeout"/>.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public async Task<AigcVideoTaskResult> CreateAndWaitAsync(
            CreateAigcVideoTaskRequest request,
            AigcVideoTaskOptions? options = null,
            IProgress<AigcVideoTaskProgress>? progress = null,
            CancellationToken cancellationToken = default)
        {
            options ??= new AigcVideoTaskOptions();
            options.Validate();
            CreatedTask created = await CreateTaskAsync(request, options, cancellationToken).ConfigureAwait(false);
            return await WaitForCompletionAsync(created.TaskId, options, progress, cancellationToken).ConfigureAwait(false);
        }
    }
}
