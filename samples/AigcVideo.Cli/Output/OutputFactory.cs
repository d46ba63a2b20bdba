using AigcVideo.Cli.Progress;

namespace AigcVideo.Cli.Output;

/// <summary>Picks the output format from <c>--json</c>, and the progress view from whether stdout is a terminal.</summary>
internal static class OutputFactory
{
    public static ICliOutput Create(CliEnvironment environment, bool json)
    {
        if (json)
        {
            return new JsonOutput(new JsonLineWriter(environment.Output));
        }

        IProgressView progress = environment.OutputIsTerminal
            ? new LiveProgressView(environment.Output)
            : new PlainProgressView(environment.Output);
        return new TextOutput(environment.Output, environment.Error, progress);
    }
}
