using System.Diagnostics;
using System.Text;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a user would, with an environment cleaned of what the test host's own MSBuild
/// and test runner left behind.
/// </summary>
internal sealed class DotNetCli
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);
    private readonly IReadOnlyDictionary<string, string> _extraEnvironment;

    public DotNetCli(IReadOnlyDictionary<string, string>? extraEnvironment = null)
        => _extraEnvironment = extraEnvironment ?? new Dictionary<string, string>();

    /// <summary>A CLI whose restores use <paramref name="packagesFolder"/> instead of the machine's global packages folder.</summary>
    public DotNetCli WithPackagesFolder(string packagesFolder)
        => new(new Dictionary<string, string>(_extraEnvironment) { ["NUGET_PACKAGES"] = packagesFolder });

    /// <summary>
    /// <c>dotnet build</c>/<c>pack</c> with build servers off: a compiler server or MSBuild node left running would
    /// hold the output pipes open and outlive the test.
    /// </summary>
    public Task<ProcessResult> BuildAsync(string workingDirectory, string verb, params string[] arguments)
        => RunAsync(workingDirectory, new[] { verb }.Concat(arguments).Concat(new[] { "--disable-build-servers", "-nologo", "-p:UseSharedCompilation=false" }).ToArray());

    public async Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        CleanEnvironment(start.Environment);
        foreach (KeyValuePair<string, string> variable in _extraEnvironment)
        {
            start.Environment[variable.Key] = variable.Value;
        }

        string commandLine = "dotnet " + string.Join(' ', arguments);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {s_timeout.TotalMinutes} minutes:\n{Snapshot(output)}");
        }

        return new ProcessResult(commandLine, process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        // `dotnet test` runs us under MSBuild and a test host; their variables would redirect the child's SDK resolution.
        foreach (string key in environment.Keys.ToArray())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || key.Equals("NUGET_PACKAGES", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(key);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
    }
}
