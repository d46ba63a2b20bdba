using System.Collections.Generic;

namespace TencentVod.Sdk
{
    /// <summary>A task that finished with a video.</summary>
    public sealed class AigcVideoTaskResult
    {
        /// <summary>Creates the result.</summary>
        /// <param name="taskId">The task.</param>
        /// <param name="fileUrls">Its output file URLs; at least one.</param>
        /// <param name="detail">The final query answer.</param>
        public AigcVideoTaskResult(string taskId, IReadOnlyList<string> fileUrls, TaskDetail detail)
        {
            TaskId = taskId;
            FileUrls = fileUrls;
            Detail = detail;
        }

        /// <summary>The task's id.</summary>
        public string TaskId { get; }

        /// <summary>The URL of the (first) output file: temporary URLs stay valid for 7 days.</summary>
        public string FileUrl => FileUrls[0];

        /// <summary>Every output file URL, in the service's order.</summary>
        public IReadOnlyList<string> FileUrls { get; }

        /// <summary>The final query answer as the gateway sent it (expiry time, metadata, usage, …).</summary>
        public TaskDetail Detail { get; }

        /// <summary>The task object of <see cref="Detail"/>.</summary>
        public AigcVideoTask? Task => Detail.AigcVideoTask;
    }
}
