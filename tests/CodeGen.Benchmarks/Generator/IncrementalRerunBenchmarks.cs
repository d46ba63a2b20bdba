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
    private LongLivedDriver _driver = null!;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = SpecCatalog.AigcVideo;

    public abstract IEnumerable<string> Specs { get; }

    [GlobalSetup]
    public void Setup()
    {
        JitWarmup.EnsureDone();
        _driver = new LongLivedDriver(SpecCatalog.Get(Spec));
    }

    [GlobalCleanup]
    public void Cleanup() => _driver = null!;

    [Benchmark(Description = "ours: re-run after an unrelated C# edit")]
    [BenchmarkCategory("Incremental re-run")]
    public GeneratorDriver AfterCSharpEdit() => _driver.AfterCSharpEdit();

    [Benchmark(Description = "ours: re-run after a one-line spec edit")]
    [BenchmarkCategory("Incremental re-run")]
    public GeneratorDriver AfterSpecEdit() => _driver.AfterSpecEdit();

    /// <summary>
    /// One long-lived driver per document, as an IDE keeps one. Each case's cleanup releases it, so that GitHub's
    /// driver state (gigabytes) does not stay alive under the later benchmarks' forced full collections; the next
    /// case pays one full run again (eight seconds on GitHub's description).
    /// </summary>
    private sealed class LongLivedDriver
    {
        private readonly CSharpCompilation[] _hosts;
        private readonly AdditionalText[] _specs;
        private GeneratorDriver _driver;
        private int _host;
        private int _spec;

        public LongLivedDriver(BenchmarkSpec spec)
        {
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

        public GeneratorDriver AfterCSharpEdit()
        {
            _host ^= 1;
            return _driver = _driver.RunGenerators(_hosts[_host]);
        }

        public GeneratorDriver AfterSpecEdit()
        {
            AdditionalText previous = _specs[_spec];
            _spec ^= 1;
            return _driver = _driver.ReplaceAdditionalText(previous, _specs[_spec]).RunGenerators(_hosts[_host]);
        }
    }
}
