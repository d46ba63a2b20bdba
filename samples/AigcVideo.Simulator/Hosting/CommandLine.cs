using System.Globalization;
using AigcVideo.Simulator.Faults;

namespace AigcVideo.Simulator.Hosting;

/// <summary>
/// The console host's arguments: <c>--port</c>, <c>--api-key</c>, <c>--waiting</c>, <c>--processing</c>,
/// <c>--accept-unknown-models</c>, <c>--max-concurrent-tasks</c>, <c>--rate-limits</c>, <c>--return-existing-session</c>.
/// </summary>
internal sealed class CommandLine
{
    /// <summary>The port used when <c>--port</c> is not given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: AigcVideo.Simulator [options]
          --port <n>                 port on 127.0.0.1 (default 5080; 0 picks a free one)
          --api-key <key>            bearer token to accept (default sim-local-key)
          --waiting <seconds>        time a task stays WAITING (default 1)
          --processing <seconds>     time a task stays PROCESSING (default 3)
          --accept-unknown-models    accept model names and versions the reference does not list
          --max-concurrent-tasks <n> reject creates while n tasks are unfinished (the reference's default is 1)
          --rate-limits              enforce the reference's 20 creates and 100 queries per second
          --return-existing-session  a repeated session_id returns its first task instead of an error
          --help                     show this text
        """;

    /// <summary>Whether <c>--help</c> was given.</summary>
    public bool ShowHelp { get; private set; }

    /// <summary>The options to start the simulator with.</summary>
    public SimulatorOptions Options { get; } = new() { Port = DefaultPort };

    /// <summary>Parses <paramref name="args"/>; on failure returns <see langword="null"/> and sets <paramref name="error"/>.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        var result = new CommandLine();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string name = arg;
            string? value = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }

            switch (name)
            {
                case "--help" or "-h" or "-?":
                    result.ShowHelp = true;
                    break;
                case "--accept-unknown-models":
                    result.Options.AcceptUnknownModels = true;
                    break;
                case "--rate-limits":
                    result.Options.CreateRequestsPerSecond = Rejections.CreateRateLimit;
                    result.Options.QueryRequestsPerSecond = Rejections.QueryRateLimit;
                    break;
                case "--return-existing-session":
                    result.Options.ReturnExistingTaskForRepeatedSessionId = true;
                    break;
                case "--port" or "--api-key" or "--waiting" or "--processing" or "--max-concurrent-tasks":
                    value ??= i + 1 < args.Count ? args[++i] : null;
                    if (value is null || !result.TryApply(name, value))
                    {
                        error = $"Invalid or missing value for {name}.";
                        return null;
                    }

                    break;
                default:
                    error = $"Unknown argument '{arg}'.";
                    return null;
            }
        }

        error = null;
        return result;
    }

    private bool TryApply(string name, string value)
    {
        switch (name)
        {
            case "--port":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
                {
                    return false;
                }

                Options.Port = port;
                return true;
            case "--api-key":
                Options.ApiKey = value;
                return !string.IsNullOrWhiteSpace(value);
            case "--max-concurrent-tasks":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int max) || max < 1)
                {
                    return false;
                }

                Options.MaxConcurrentTasks = max;
                return true;
            case "--waiting":
                return TryParseSeconds(value, seconds => Options.WaitingDuration = seconds);
            default:
                return TryParseSeconds(value, seconds => Options.ProcessingDuration = seconds);
        }
    }

    private static bool TryParseSeconds(string value, Action<TimeSpan> apply)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || seconds < 0 || !double.IsFinite(seconds))
        {
            return false;
        }

        apply(TimeSpan.FromSeconds(seconds));
        return true;
    }
}
