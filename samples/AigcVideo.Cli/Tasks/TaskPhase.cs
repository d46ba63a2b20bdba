namespace AigcVideo.Cli.Tasks;

/// <summary>Where a task stands, as far as the CLI's exit code is concerned.</summary>
internal enum TaskPhase
{
    /// <summary>Not in a terminal state yet (WAITING, PROCESSING, or a status the spec does not know).</summary>
    Running,

    /// <summary>Terminal with ErrCode 0 and a result file URL.</summary>
    Succeeded,

    /// <summary>Terminal otherwise: a non-zero ErrCode, ABORTED, or FINISH without a file.</summary>
    Failed,
}
