using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// Our generator's re-run inside a long-lived driver, as in an IDE or a build server: after an edit to unrelated C#
/// (the spec's work must come from the cache) and after a one-line spec edit (the document is read again; what
/// did not change downstream is reused). Each invocation flips between two prepared states, so every run sees a
/// real edit. NSwag has no incremental mode; its full run is in <see cref="ParseGenerateBenchmarks"/>.
/// Subclasses pick the documents and the job.
/// </summary>
public abstract class IncrementalRerunBenchmarks
{
    private GeneratorDriver _driver = null!;
    private CSharpCompilation[] _hosts = null!;
    private AdditionalText[] _specs = null!;
    private int _host;
    private int _spec;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = SpecCatalog.AigcVideo;

    public abstract IEnumerable<string> Specs { get; }

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSpec spec = SpecCatalog.Get(Spec);
        string text = spec.ReadText();
        _specs = new AdditionalText[]
        {
            new SpecAdditionalText(spec.AdditionalFilePath, SpecEdits.WithVersionSuffix(text, "-a")),
            new SpecAdditionalText(spec.AdditionalFilePath, SpecEdits.WithVersionSuffix(text, "-b")),
        };
        CSharpCompilation first = OurGenerator.HostCompilation();
        SyntaxTree edited = OurGenerator.HostTree("internal static class Unrelated { public static int Value => 1; }");
        _hosts = new[] { first, first.ReplaceSyntaxTree(first.SyntaxTrees[0], edited) };
        _driver = OurGenerator.CreateDriver(_specs[0]).RunGenerators(_hosts[0]);
    }

    [Benchmark(Description = "ours: re-run after an unrelated C# edit")]
    [BenchmarkCategory("Incremental re-run")]
    public GeneratorDriver AfterCSharpEdit()
    {
        _host ^= 1;
        return _driver = _driver.RunGenerators(_hosts[_host]);
    }

    [Benchmark(Description = "ours: re-run after a one-line spec edit")]
    [BenchmarkCategory("Incremental re-run")]
    public GeneratorDriver AfterSpecEdit()
    {
        AdditionalText previous = _specs[_spec];
        _spec ^= 1;
        return _driver = _driver.ReplaceAdditionalText(previous, _specs[_spec]).RunGenerators(_hosts[_host]);
    }
}
