using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace CodeGen.Benchmarks.Configs;

/// <summary>
/// For GitHub's 13 MB description, where one invocation (generating or compiling tens of megabytes of C#) takes
/// from seconds to minutes: single invocations (monitoring), two measured, no warm-up invocation (the setups warm
/// the JIT on the small aigc-video document instead, see <c>JitWarmup</c>). That keeps the whole suite within its
/// 15-minute budget on two cores; two invocations report a wide Error, which the docs show next to the mean.
/// </summary>
public sealed class HugeDocumentConfig : ManualConfig
{
    public HugeDocumentConfig()
    {
        Job declared = Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(2)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Huge");
        AddJob((CommandLineJob.Requested ?? declared).WithToolchain(BenchmarkToolchain.InProcess));
        BenchmarkConfigDefaults.Apply(this);
    }
}
