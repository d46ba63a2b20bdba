using AigcVideo.Cli;

// Ctrl+C cancels a token instead of killing the process, so the command can stop polling, say which task was left
// running and exit with 130. A second Ctrl+C is not intercepted and ends the process at once.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

var environment = new CliEnvironment(Console.Out, Console.Error)
{
    OutputIsTerminal = !Console.IsOutputRedirected,
};
return await CliApp.RunAsync(args, environment, cancellation.Token);
