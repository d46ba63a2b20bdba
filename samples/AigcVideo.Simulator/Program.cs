using System.Runtime.InteropServices;
using AigcVideo.Simulator;
using AigcVideo.Simulator.Hosting;

CommandLine? commandLine = CommandLine.Parse(args, out string? error);
if (commandLine is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

if (commandLine.ShowHelp)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

await using AigcVideoSimulator simulator = await AigcVideoSimulator.StartAsync(commandLine.Options, stop.Token);
simulator.RequestCompleted += (request, status) => Console.WriteLine($"{DateTime.Now:HH:mm:ss} {request.Method} {request.Path} -> {status}");

Console.WriteLine($"AigcVideo simulator listening on {simulator.BaseAddress}");
Console.WriteLine($"API key: {simulator.ApiKey}");
Console.WriteLine("Press Ctrl+C to stop.");

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

Console.WriteLine("Stopping.");
return 0;
