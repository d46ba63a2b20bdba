using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Inputs;

namespace CodeGen.Benchmarks.Generator;

/// <summary>Compiling each generator's output for GitHub's description (tens of megabytes of C#).</summary>
[Config(typeof(HugeDocumentConfig))]
public class GitHubGeneratedCodeCompileBenchmarks : CompileOutputBenchmarks
{
    public override IEnumerable<string> Specs => SpecCatalog.AvailableNames(SpecCatalog.GitHub);
}
