using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TencentVod.Sdk
{
    /// <summary>One wait for one task: the query loop, change detection for progress, and the ending rule.</summary>
    internal sealed class TaskPoller
    {
        private readonly AigcVideoClient _client;
        private readonly string _taskId;
        private readonly AigcVideoTaskOptions _options;
        private readonly IProgress<AigcVideoTaskProgress>? _progress;
        private readonly PollSchedule _schedule;
        private int _failedQueries;

        public TaskPoller(AigcVideoClient client, string taskId, AigcVideoTaskOptions options, IProgress<AigcVideoTaskProgress>? progress)
        {
            _client = client;
            _taskId = taskId;
            _options = options;
            _progress = progress;
            _schedule = new PollSchedule(options);
        }

        /// <summary>The latest answer, so a timeout can say where the task was.</summary>
        public TaskDetail? Last { get; private set; }

        public async Task<AigcVideoTaskResult> RunAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                TaskDetail detail;
                try
                {
                    detail = await _client.GetTaskAsync(_taskId, cancellationToken).ConfigureAwait(false);
                    _failedQueries = 0;
                }
                catch (Exception exception) when (IsPassing(exception) && ++_failedQueries <= _options.MaxQueryRetries)
                {
                    // The task is unaffected by a refused query; try again after the pause the schedule would take anyway.
                    string lastStatus = Last is null ? "UNKNOWN" : AigcVideoTaskState.StatusOf(Last);
                    await Clock.Delay(_options.TimeProvider, _schedule.NextAfter(lastStatus), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                string status = AigcVideoTaskState.StatusOf(detail);
                AigcVideoTaskPhase phase = AigcVideoTaskState.PhaseOf(detail);
                ReportIfChanged(detail, status, phase);
                Last = detail;

                switch (phase)
                {
                    case AigcVideoTaskPhase.Succeeded:
                        return new AigcVideoTaskResult(TaskIdOf(detail), AigcVideoTaskState.FileUrlsOf(detail), detail);
                    case AigcVideoTaskPhase.Aborted:
                        throw new AigcVideoTaskAbortedException(TaskIdOf(detail), ErrCodeOf(detail), ErrCodeExtOf(detail), MessageOf(detail), detail);
                    case AigcVideoTaskPhase.Failed:
                        throw new AigcVideoTaskFailedException(TaskIdOf(detail), ErrCodeOf(detail), ErrCodeExtOf(detail), MessageOf(detail), detail);
                }

                await Clock.Delay(_options.TimeProvider, _schedule.NextAfter(status), cancellationToken).ConfigureAwait(false);
            }
        }

        private void ReportIfChanged(TaskDetail detail, string status, AigcVideoTaskPhase phase)
        {
            int? percent = detail.AigcVideoTask?.Progress;
            bool changed = Last is null
                || !string.Equals(status, AigcVideoTaskState.StatusOf(Last), StringComparison.Ordinal)
                || percent != Last.AigcVideoTask?.Progress;
            if (changed)
            {
                _progress?.Report(new AigcVideoTaskProgress(TaskIdOf(detail), status, percent, phase, detail));
            }
        }

        // Errors that say nothing about the task: a rate limit, a server error, or a lost connection.
        private static bool IsPassing(Exception exception) => exception switch
        {
            AigcVideoRateLimitException => true,
            AigcVideoApiException api => api.HttpStatus >= 500,
            HttpRequestException => true,
            _ => false,
        };

        private string TaskIdOf(TaskDetail detail) => detail.AigcVideoTask?.TaskId is { Length: > 0 } id ? id : _taskId;

        private static long ErrCodeOf(TaskDetail detail) => detail.AigcVideoTask?.ErrCode ?? 0;

        private static string? ErrCodeExtOf(TaskDetail detail) =>
            detail.AigcVideoTask?.ErrCodeExt?.Value is { Length: > 0 } ext ? ext : null;

        private static string? MessageOf(TaskDetail detail) =>
            detail.AigcVideoTask?.Message is { Length: > 0 } message ? message : null;
    }
}
