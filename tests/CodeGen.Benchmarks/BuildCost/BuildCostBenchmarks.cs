using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CodeGen.Benchmarks.BuildCost;

/// <summary>
/// Wall time of <c>dotnet build --no-restore</c> for the TencentVod.Sdk sample (netstandard2.0 + net8.0), with the
/// generator and, as the baseline, with the same code pregenerated as plain C#. Each iteration is one build of about
/// ten seconds, so the job runs one warm-up and three measured builds: enough for the ratio to the pregenerated
/// twin within the whole suite's 15-minute budget, with the wider Error that the docs show.
/// </summary>
[Config(typeof(Config))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BuildCostBenchmarks
{
    private BuildWorkspace _workspace = null!;
    private int _iteration;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new BuildWorkspace();
        _workspace.Prepare();
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    [Benchmark(Baseline = true, Description = "no-op build, pregenerated")]
    [BenchmarkCategory("No-op rebuild")]
    public void NoOpPregenerated() => DotNetBuild.Run(_workspace.PregeneratedSdk, "--no-restore");

    [Benchmark(Description = "no-op build, generator")]
    [BenchmarkCategory("No-op rebuild")]
    public void NoOpGenerator() => DotNetBuild.Run(_workspace.GeneratedSdk, "--no-restore");

    [IterationSetup(Target = nameof(CSharpEditPregenerated))]
    public void EditPregeneratedCSharp() => WorkspaceEdits.TouchUnrelatedCSharp(_workspace.PregeneratedSdk, ++_iteration);

    [Benchmark(Baseline = true, Description = "C# edit, pregenerated")]
    [BenchmarkCategory("Rebuild after an edit")]
    public void CSharpEditPregenerated() => DotNetBuild.Run(_workspace.PregeneratedSdk, "--no-restore");

    [IterationSetup(Target = nameof(CSharpEditGenerator))]
    public void EditGeneratorCSharp() => WorkspaceEdits.TouchUnrelatedCSharp(_workspace.GeneratedSdk, ++_iteration);

    [Benchmark(Description = "C# edit, generator")]
    [BenchmarkCategory("Rebuild after an edit")]
    public void CSharpEditGenerator() => DotNetBuild.Run(_workspace.GeneratedSdk, "--no-restore");

    [IterationSetup(Target = nameof(SpecEditGenerator))]
    public void EditSpec() => File.WriteAllText(_workspace.SpecPath, WorkspaceEdits.SpecWithExtraMember(_workspace.OriginalSpec, ++_iteration));

    [Benchmark(Description = "spec edit, generator")]
    [BenchmarkCategory("Rebuild after an edit")]
    public void SpecEditGenerator() => DotNetBuild.Run(_workspace.GeneratedSdk, "--no-restore");

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: the measured work is a child `dotnet build`, and an out-of-process BenchmarkDotNet project
            // generated inside this repository would inherit its warnings-as-errors and central package versions.
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
        }
    }
}
