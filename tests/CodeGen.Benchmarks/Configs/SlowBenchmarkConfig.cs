using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CodeGen.Benchmarks.Configs;

/// <summary>
/// For the generator benchmarks on the smaller documents (aigc-video, petstore, star-trek): one warm-up and three
/// measured iterations keep the whole suite within its 15-minute budget on two cores. The spread is wider than
/// BenchmarkDotNet's defaults; the docs report it (Error/StdDev) next to each mean.
/// </summary>
public sealed class SlowBenchmarkConfig : ManualConfig
{
    public SlowBenchmarkConfig()
    {
        Job declared = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithId("Slow");
        AddJob((CommandLineJob.Requested ?? declared).WithToolchain(BenchmarkToolchain.InProcess));
        BenchmarkConfigDefaults.Apply(this);
    }
}
