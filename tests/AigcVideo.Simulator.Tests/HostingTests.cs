using System.Net;
using System.Net.Sockets;
using AigcVideo.Simulator.Hosting;

namespace AigcVideo.Simulator.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Defaults_listen_on_loopback_with_a_free_port()
    {
        await using AigcVideoSimulator simulator = await AigcVideoSimulator.StartAsync();

        Assert.Equal("127.0.0.1", simulator.BaseAddress.Host);
        Assert.True(simulator.BaseAddress.Port > 0);
        Assert.EndsWith("/", simulator.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("sim-local-key", simulator.ApiKey);
        Assert.Empty(simulator.Requests);
    }

    [Fact]
    public async Task A_fixed_port_is_used()
    {
        int port = FreePort();

        await using AigcVideoSimulator simulator = await AigcVideoSimulator.StartAsync(new SimulatorOptions { Port = port });

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), simulator.BaseAddress);
    }

    [Fact]
    public async Task Dispose_stops_listening_and_can_repeat()
    {
        AigcVideoSimulator simulator = await AigcVideoSimulator.StartAsync();
        Uri address = simulator.BaseAddress;

        await simulator.DisposeAsync();
        await simulator.DisposeAsync();

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(address));
    }

    [Fact]
    public async Task Invalid_options_are_rejected()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => AigcVideoSimulator.StartAsync(new SimulatorOptions { ApiKey = " " }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => AigcVideoSimulator.StartAsync(new SimulatorOptions { Port = -1 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => AigcVideoSimulator.StartAsync(new SimulatorOptions { Port = 70000 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => AigcVideoSimulator.StartAsync(new SimulatorOptions { WaitingDuration = TimeSpan.FromSeconds(-1) }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => AigcVideoSimulator.StartAsync(new SimulatorOptions { ProcessingDuration = TimeSpan.FromSeconds(-1) }));
    }

    [Fact]
    public void Command_line_defaults_to_port_5080()
    {
        CommandLine? commandLine = CommandLine.Parse([], out string? error);

        Assert.NotNull(commandLine);
        Assert.Null(error);
        Assert.Equal(5080, commandLine.Options.Port);
        Assert.Equal("sim-local-key", commandLine.Options.ApiKey);
    }

    [Fact]
    public void Command_line_reads_all_options()
    {
        CommandLine? commandLine = CommandLine.Parse(
            ["--port", "6001", "--api-key=k1", "--waiting", "0.5", "--processing=2", "--accept-unknown-models"],
            out _);

        Assert.NotNull(commandLine);
        Assert.Equal(6001, commandLine.Options.Port);
        Assert.Equal("k1", commandLine.Options.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(0.5), commandLine.Options.WaitingDuration);
        Assert.Equal(TimeSpan.FromSeconds(2), commandLine.Options.ProcessingDuration);
        Assert.True(commandLine.Options.AcceptUnknownModels);
        Assert.False(commandLine.ShowHelp);
    }

    [Fact]
    public void Command_line_reads_the_fault_options()
    {
        CommandLine? commandLine = CommandLine.Parse(["--max-concurrent-tasks=1", "--rate-limits", "--return-existing-session"], out _);

        Assert.NotNull(commandLine);
        Assert.Equal(1, commandLine.Options.MaxConcurrentTasks);
        Assert.Equal(20, commandLine.Options.CreateRequestsPerSecond);
        Assert.Equal(100, commandLine.Options.QueryRequestsPerSecond);
        Assert.True(commandLine.Options.ReturnExistingTaskForRepeatedSessionId);
    }

    [Fact]
    public void Command_line_leaves_the_limits_off_by_default()
    {
        CommandLine? commandLine = CommandLine.Parse([], out _);

        Assert.NotNull(commandLine);
        Assert.Null(commandLine.Options.MaxConcurrentTasks);
        Assert.Null(commandLine.Options.CreateRequestsPerSecond);
        Assert.Null(commandLine.Options.QueryRequestsPerSecond);
        Assert.False(commandLine.Options.ReturnExistingTaskForRepeatedSessionId);
    }

    [Theory]
    [InlineData("--max-concurrent-tasks", "0")]
    [InlineData("--max-concurrent-tasks")]
    [InlineData("--port")]
    [InlineData("--port", "x")]
    [InlineData("--waiting", "-1")]
    [InlineData("--bogus")]
    public void Command_line_rejects_bad_arguments(params string[] args)
    {
        Assert.Null(CommandLine.Parse(args, out string? error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
