using System.Diagnostics;
using System.Text;

namespace CodeGen.Benchmarks.BuildCost;

/// <summary>
/// Runs <c>dotnet build</c> the way a developer's inner loop does: build servers on, no restore after the first.
/// Output is kept only to explain a failure.
/// </summary>
internal static class DotNetBuild
{
    public static string Run(string projectDirectory, params string[] extraArguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "build", "-c", "Release", "-nologo" }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var output = new StringBuilder();
        using Process process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build in {projectDirectory} failed:\n{output}");
        }

        return output.ToString();
    }
}
