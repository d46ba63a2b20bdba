using BenchmarkDotNet.Running;
using CodeGen.Benchmarks.BuildCost;

namespace CodeGen.Benchmarks;

internal static class Program
{
    // `--generator-time` reports the generator's own share of a build (ReportAnalyzer); anything else goes to BenchmarkDotNet.
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == GeneratorTimeReport.Switch)
        {
            return await GeneratorTimeReport.RunAsync(args.Skip(1).ToArray());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
