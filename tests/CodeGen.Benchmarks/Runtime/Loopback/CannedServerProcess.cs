using System.Diagnostics;

namespace CodeGen.Benchmarks.Runtime.Loopback;

/// <summary>Starts <see cref="CannedServer"/> as a child of this process and stops exactly that child.</summary>
internal sealed class CannedServerProcess : IDisposable
{
    private readonly Process _process;

    private CannedServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The server's base address, with a trailing slash.</summary>
    public Uri Address { get; }

    public static CannedServerProcess Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(CannedServer).Assembly.Location);
        start.ArgumentList.Add(CannedServer.Switch);
        Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the canned server.");
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null && !line.StartsWith(CannedServer.ReadyPrefix, StringComparison.Ordinal))
        {
        }

        if (line is null)
        {
            process.WaitForExit();
            throw new InvalidOperationException("The canned server exited before listening (exit code " + process.ExitCode + ").");
        }

        return new CannedServerProcess(process, new Uri(line.Substring(CannedServer.ReadyPrefix.Length).TrimEnd('/') + "/"));
    }

    public void Dispose()
    {
        // Closing its input is the server's signal to stop; the kill is for a server that does not.
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
