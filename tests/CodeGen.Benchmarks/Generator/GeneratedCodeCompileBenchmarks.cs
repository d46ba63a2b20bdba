using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Inputs;

namespace CodeGen.Benchmarks.Generator;

/// <summary>Compiling each generator's output for aigc-video, petstore and star-trek.</summary>
[Config(typeof(SlowBenchmarkConfig))]
public class GeneratedCodeCompileBenchmarks : CompileOutputBenchmarks
{
    public override IEnumerable<string> Specs => SpecCatalog.AvailableNames(SpecCatalog.AigcVideo, SpecCatalog.Petstore, SpecCatalog.StarTrek);
}
