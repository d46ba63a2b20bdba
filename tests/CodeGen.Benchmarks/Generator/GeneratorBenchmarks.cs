using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Inputs;

namespace CodeGen.Benchmarks.Generator;

/// <summary>Parse plus generate on aigc-video, petstore and star-trek.</summary>
[Config(typeof(SlowBenchmarkConfig))]
public class GeneratorBenchmarks : ParseGenerateBenchmarks
{
    public override IEnumerable<string> Specs => SpecCatalog.AvailableNames(SpecCatalog.AigcVideo, SpecCatalog.Petstore, SpecCatalog.StarTrek);
}
