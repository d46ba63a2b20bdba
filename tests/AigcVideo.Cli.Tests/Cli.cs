using AigcVideo.Cli.Targets;
using AigcVideo.Simulator;

namespace AigcVideo.Cli.Tests;

/// <summary>The result of one in-process CLI run.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs <see cref="CliApp"/> in-process with captured output, a fake environment and a fast simulator.</summary>
internal static class Cli
{
    /// <summary>Short enough for a run to take well under a second, long enough to see WAITING and PROCESSING.</summary>
    public static SimulatorOptions FastSimulator => new()
    {
        WaitingDuration = TimeSpan.FromMilliseconds(100),
        ProcessingDuration = TimeSpan.FromMilliseconds(400),
    };

    /// <summary>No environment variables at all, so the machine's own AIGC_VIDEO_API_KEY cannot leak into a test.</summary>
    public static readonly Func<string, string?> EmptyEnvironment = _ => null;

    public static async Task<CliResult> RunAsync(
        string[] args,
        SimulatorSource? simulator = null,
        Func<string, string?>? environment = null,
        LineWriter? output = null,
        CancellationToken cancellationToken = default)
    {
        output ??= new LineWriter();
        var error = new LineWriter();
        var cli = new CliEnvironment(output, error)
        {
            OutputIsTerminal = false,
            GetEnvironmentVariable = environment ?? EmptyEnvironment,
            Simulator = simulator ?? SimulatorSource.StartNew(FastSimulator),
        };
        int exitCode = await CliApp.RunAsync(args, cli, cancellationToken);
        return new CliResult(exitCode, output.Text, error.Text);
    }

    /// <summary>An environment that holds only the API key.</summary>
    public static Func<string, string?> WithApiKey(string key) =>
        name => name == ApiKey.EnvironmentVariable ? key : null;
}
