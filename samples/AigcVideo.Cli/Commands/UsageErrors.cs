namespace AigcVideo.Cli.Commands;

/// <summary>How usage problems are printed: on stderr, text even with <c>--json</c>, with a pointer to the help.</summary>
internal static class UsageErrors
{
    public static int Report(TextWriter error, IEnumerable<string> messages)
    {
        foreach (string message in messages)
        {
            error.WriteLine($"error: {message}");
        }

        error.WriteLine("Run 'aigc-video --help' for usage.");
        return ExitCodes.UsageError;
    }
}
