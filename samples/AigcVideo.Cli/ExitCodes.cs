namespace AigcVideo.Cli;

/// <summary>The process exit codes; scripts branch on them, so they are part of the CLI's contract.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (task finished with a file, or was queued with <c>--no-wait</c>).</summary>
    public const int Success = 0;

    /// <summary>The task ended badly: FINISH with a non-zero ErrCode, ABORTED, or FINISH without a file.</summary>
    public const int TaskFailed = 1;

    /// <summary>The command line or the configuration is wrong (bad option, missing API key).</summary>
    public const int UsageError = 2;

    /// <summary>A call to the gateway failed: an HTTP error, a Tencent <c>Response.Error</c>, or no connection.</summary>
    public const int ApiError = 3;

    /// <summary>The task did not end within <c>--timeout</c>.</summary>
    public const int Timeout = 4;

    /// <summary>Ctrl+C; 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
