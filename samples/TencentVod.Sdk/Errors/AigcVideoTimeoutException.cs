using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// The task did not end within <see cref="AigcVideoTaskOptions.Timeout"/>. The task itself keeps running on the
    /// server; wait for it again with <c>WaitForCompletionAsync(TaskId)</c>.
    /// </summary>
    public sealed class AigcVideoTimeoutException : AigcVideoException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="taskId">The task that was still running.</param>
        /// <param name="waited">How long was waited (the configured timeout).</param>
        /// <param name="lastSeen">The last answer of the query, if any arrived.</param>
        public AigcVideoTimeoutException(string taskId, TimeSpan waited, TaskDetail? lastSeen)
            : base(Describe(taskId, waited, lastSeen), taskId, new TimeoutException())
        {
            Waited = waited;
            LastSeen = lastSeen;
        }

        /// <summary>How long was waited before giving up.</summary>
        public TimeSpan Waited { get; }

        /// <summary>The last answer of the query before the timeout, if any arrived.</summary>
        public TaskDetail? LastSeen { get; }

        private static string Describe(string taskId, TimeSpan waited, TaskDetail? lastSeen)
        {
            string state = lastSeen is null
                ? string.Empty
                : $" (last seen: {AigcVideoTaskState.StatusOf(lastSeen)}{(lastSeen.AigcVideoTask?.Progress is int p ? $" {p}%" : string.Empty)})";
            return $"Task {taskId} did not end within {waited.TotalSeconds:0.###} s{state}; it keeps running on the server.";
        }
    }
}
