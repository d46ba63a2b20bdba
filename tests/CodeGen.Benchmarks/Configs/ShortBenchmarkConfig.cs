using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CodeGen.Benchmarks.Configs;

/// <summary>
/// For the per-call runtime and JSON benchmarks (microseconds each): BenchmarkDotNet's ShortRun shape (3 warm-up,
/// 3 measured iterations, each long enough to hold many calls), which is plenty for ratios between peers that run
/// one after the other in the same process.
/// </summary>
public sealed class ShortBenchmarkConfig : ManualConfig
{
    public ShortBenchmarkConfig()
    {
        Job declared = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(3)
            .WithId("Short");
        AddJob((CommandLineJob.Requested ?? declared).WithToolchain(BenchmarkToolchain.InProcess));
        BenchmarkConfigDefaults.Apply(this);
    }
}
