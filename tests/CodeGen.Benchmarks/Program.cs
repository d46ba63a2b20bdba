using BenchmarkDotNet.Running;
using CodeGen.Benchmarks.BuildCost;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Generator;
using CodeGen.Benchmarks.Peers.NSwag;
using CodeGen.Benchmarks.Runtime.Loopback;

namespace CodeGen.Benchmarks;

internal static class Program
{
    // `--generator-time` reports the generator's own share of a build (ReportAnalyzer); `--build-cost` runs the
    // build-cost benchmarks, which are not part of the suite (see BenchmarkSuites); the other switches below are
    // helpers for the benchmarks; anything else goes to BenchmarkDotNet.
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == GeneratorTimeReport.Switch)
        {
            return await GeneratorTimeReport.RunAsync(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == NSwagClientRegeneration.Switch)
        {
            return await NSwagClientRegeneration.RunAsync();
        }

        if (args.Length > 0 && args[0] == GeneratorOutcomeReport.Switch)
        {
            return await GeneratorOutcomeReport.RunAsync(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == CannedServer.Switch)
        {
            return await CannedServer.RunAsync();
        }

        if (args.Length > 0 && args[0] == BenchmarkSuites.BuildCostSwitch)
        {
            // Without arguments BenchmarkDotNet would ask which benchmark to run; the switch alone means all of them.
            string[] rest = args.Length > 1 ? args.Skip(1).ToArray() : new[] { "--filter", "*" };
            BenchmarkSwitcher.FromTypes(BenchmarkSuites.BuildCost).Run(CommandLineJob.Extract(rest));
            return 0;
        }

        BenchmarkSwitcher.FromTypes(BenchmarkSuites.Suite).Run(CommandLineJob.Extract(args));
        return 0;
    }
}
