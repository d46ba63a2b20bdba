namespace AigcVideo.Simulator;

/// <summary>
/// How a task that went wrong reports it on <c>AigcVideoTask</c>: a non-zero <c>ErrCode</c>, an <c>ErrCodeExt</c> and a
/// <c>Message</c> (reference §3.1: failure means FINISH with all three set). Pass one to
/// <see cref="AigcVideoSimulator.FailTask(string, TaskFailure)"/>.
/// </summary>
public sealed record TaskFailure
{
    /// <summary>VOD's task <c>ErrCode</c> for a problem with the input (its general task error convention).</summary>
    public const long InvalidInputErrCode = 40000;

    /// <summary>VOD's task <c>ErrCode</c> for an unusable source file.</summary>
    public const long SourceFileErrCode = 60000;

    /// <summary>VOD's task <c>ErrCode</c> for a failure inside the service; the reference's only example value.</summary>
    public const long ServiceErrCode = 70000;

    /// <summary>Creates a failure.</summary>
    /// <param name="errCode">The non-zero <c>ErrCode</c>.</param>
    /// <param name="errCodeExt">The <c>ErrCodeExt</c>, e.g. <c>ModelGenerateFailed</c>.</param>
    /// <param name="message">The <c>Message</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="errCode"/> is 0, or a string is empty.</exception>
    public TaskFailure(long errCode, string errCodeExt, string message)
    {
        if (errCode == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(errCode), "A failed task has a non-zero ErrCode.");
        }

        ArgumentException.ThrowIfNullOrEmpty(errCodeExt);
        ArgumentException.ThrowIfNullOrEmpty(message);
        ErrCode = errCode;
        ErrCodeExt = errCodeExt;
        Message = message;
    }

    /// <summary>The <c>ErrCode</c>; never 0.</summary>
    public long ErrCode { get; }

    /// <summary>The <c>ErrCodeExt</c>.</summary>
    public string ErrCodeExt { get; }

    /// <summary>The <c>Message</c>.</summary>
    public string Message { get; }

    /// <summary>
    /// The prompt or an input broke the content policy: <c>InvalidParameter.VoilationContent</c> (Tencent's spelling),
    /// <c>ErrCode</c> 40000.
    /// </summary>
    public static TaskFailure ContentViolation { get; } =
        new(InvalidInputErrCode, "InvalidParameter.VoilationContent", "The prompt or an input file violates the content policy.");

    /// <summary>The account's concurrency limit stopped the task: <c>RequestLimitExceeded</c>, <c>ErrCode</c> 70000 (the reference's example).</summary>
    public static TaskFailure ConcurrencyLimit { get; } =
        new(ServiceErrCode, "RequestLimitExceeded", "The number of concurrent tasks exceeds the account limit.");

    /// <summary>The task was stopped before it finished: <c>OperationCanceled</c>, <c>ErrCode</c> 70000. Reported with outer status ABORTED.</summary>
    public static TaskFailure Aborted { get; } =
        new(ServiceErrCode, "OperationCanceled", "The task was aborted before it finished.");

    /// <summary>
    /// A failure with <paramref name="errCodeExt"/> and a generic message; the <c>ErrCode</c> follows VOD's task
    /// convention: 40000 for parameter and content errors, 60000 for unusable inputs, 70000 otherwise.
    /// </summary>
    /// <param name="errCodeExt">Any <c>ErrCodeExt</c>, typically one of the reference's list (§3.1).</param>
    /// <returns>The failure.</returns>
    public static TaskFailure FromErrCodeExt(string errCodeExt)
    {
        ArgumentException.ThrowIfNullOrEmpty(errCodeExt);
        long errCode = errCodeExt switch
        {
            "InvalidParameter.MediaFormat" or "ResourceNotFound" => SourceFileErrCode,
            "ContentModerationFailed" => InvalidInputErrCode,
            _ when errCodeExt.StartsWith("InvalidParameter", StringComparison.Ordinal) => InvalidInputErrCode,
            _ => ServiceErrCode,
        };
        return new TaskFailure(errCode, errCodeExt, $"The task failed with {errCodeExt} (simulated).");
    }
}
