namespace AigcVideo.Cli;

/// <summary>The process exit codes; scripts branch on them, so they are part of the CLI's contract.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (task finished with a file, was queued with <c>--no-wait</c>, file saved).</summary>
    public const int Success = 0;

    /// <summary>The task ended badly: FINISH with a non-zero ErrCode, ABORTED, or FINISH without a file.</summary>
    public const int TaskFailed = 1;

    /// <summary>
    /// The command line, the configuration or the request is wrong (bad option, missing API key, unreadable local
    /// file, a request that breaks the SDK's per-model rules).
    /// </summary>
    public const int UsageError = 2;

    /// <summary>A call to the gateway failed: an HTTP error, a Tencent <c>Response.Error</c>, or no connection.</summary>
    public const int ApiError = 3;

    /// <summary>The task did not end within <c>--timeout</c>.</summary>
    public const int Timeout = 4;

    /// <summary>The gateway answered <c>RequestLimitExceeded</c> (rate or concurrency limit): try again later.</summary>
    public const int RateLimited = 5;

    /// <summary>The task succeeded but its file could not be downloaded or saved.</summary>
    public const int DownloadFailed = 6;

    /// <summary>Ctrl+C; 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
