using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Inputs;

namespace CodeGen.Benchmarks.Generator;

/// <summary>Parse plus generate on GitHub's description, with single-invocation iterations.</summary>
[Config(typeof(HugeDocumentConfig))]
public class GitHubGeneratorBenchmarks : ParseGenerateBenchmarks
{
    public override IEnumerable<string> Specs => SpecCatalog.AvailableNames(SpecCatalog.GitHub);
}
