using AigcVideo.Cli.Targets;

namespace AigcVideo.Cli;

/// <summary>
/// Everything the CLI takes from the process around it. <see cref="Program"/> passes the real console and environment;
/// tests pass string writers, a fake environment and a fast simulator, so they run in-process without mocks of the API.
/// </summary>
internal sealed class CliEnvironment
{
    public CliEnvironment(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
    }

    /// <summary>Results and progress (text lines, or JSON lines with <c>--json</c>).</summary>
    public TextWriter Output { get; }

    /// <summary>Errors and hints for humans.</summary>
    public TextWriter Error { get; }

    /// <summary>
    /// Whether <see cref="Output"/> is an interactive terminal; only then is progress redrawn in place, because
    /// carriage returns would garble a redirected log.
    /// </summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Reads an environment variable (the API key); replaceable so tests need not touch the process environment.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Where the local simulator comes from when no <c>--base-url</c> is given.</summary>
    public SimulatorSource Simulator { get; init; } = SimulatorSource.StartNew();
}
