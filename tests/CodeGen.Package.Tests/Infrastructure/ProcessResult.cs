namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>What one <c>dotnet</c> command did: its exit code and everything it printed.</summary>
/// <param name="CommandLine">The command, for failure messages.</param>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Output">Standard output and error, interleaved as they arrived.</param>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    public ProcessResult EnsureSucceeded()
        => ExitCode == 0 ? this : throw new InvalidOperationException($"`{CommandLine}` exited with {ExitCode}:\n{Output}");

    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
