namespace AigcVideo.Simulator.Tasks;

/// <summary>A planned bad end of a task: from <paramref name="At"/> on it reports <paramref name="Failure"/>.</summary>
/// <param name="At">When the task ends (simulated clock).</param>
/// <param name="Failure">The <c>ErrCode</c>, <c>ErrCodeExt</c> and <c>Message</c> it reports.</param>
/// <param name="Aborted">Whether the outer status becomes <c>ABORTED</c> rather than <c>FINISH</c>.</param>
internal sealed record TaskEnding(DateTimeOffset At, TaskFailure Failure, bool Aborted);
