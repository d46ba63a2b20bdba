using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Inputs;

namespace CodeGen.Benchmarks.Generator;

/// <summary>Incremental re-runs on GitHub's description.</summary>
[Config(typeof(HugeDocumentConfig))]
public class GitHubIncrementalBenchmarks : IncrementalRerunBenchmarks
{
    public override IEnumerable<string> Specs => SpecCatalog.AvailableNames(SpecCatalog.GitHub);
}
