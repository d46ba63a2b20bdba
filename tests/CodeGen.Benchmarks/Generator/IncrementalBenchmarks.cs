using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Inputs;

namespace CodeGen.Benchmarks.Generator;

/// <summary>Incremental re-runs on aigc-video, petstore and star-trek.</summary>
[Config(typeof(SlowBenchmarkConfig))]
public class IncrementalBenchmarks : IncrementalRerunBenchmarks
{
    public override IEnumerable<string> Specs => SpecCatalog.AvailableNames(SpecCatalog.AigcVideo, SpecCatalog.Petstore, SpecCatalog.StarTrek);
}
