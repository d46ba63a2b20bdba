using System.CommandLine;
using AigcVideo.Cli.Commands;

namespace AigcVideo.Cli;

/// <summary>
/// The CLI's entry logic, separate from <c>Program</c> so that tests can run it in-process with their own writers.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the CLI with the real environment variables and a default local simulator.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Receives results and progress.</param>
    /// <param name="error">Receives errors.</param>
    /// <param name="cancellationToken">Cancels the command as Ctrl+C does (exit code 130).</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliEnvironment(output, error), cancellationToken);

    internal static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ParseResult parsed = CliCommandLine.Build(environment).Parse(args);

        // System.CommandLine would print parse errors itself and exit 1, but 1 means "task failed" here.
        if (parsed.Errors.Count > 0)
        {
            return UsageErrors.Report(environment.Error, parsed.Errors.Select(e => e.Message));
        }

        var invocation = new InvocationConfiguration
        {
            Output = environment.Output,
            Error = environment.Error,

            // Program owns Ctrl+C and passes it in as the token; the library must not install a second handler,
            // and a crash should surface as an unhandled exception, not as exit code 1.
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
