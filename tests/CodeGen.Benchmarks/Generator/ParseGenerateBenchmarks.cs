using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// Parse plus generate, from the document's text in memory to C# source, ours against NSwag on the same bytes in
/// the same process. Ours also includes the driver's parse of the emitted sources into syntax trees (the compiler
/// needs them); NSwag stops at a string. Subclasses pick the documents and the job.
/// </summary>
public abstract class ParseGenerateBenchmarks
{
    private string _text = null!;
    private BenchmarkSpec _spec = null!;
    private SpecAdditionalText _additionalText = null!;
    private CSharpCompilation _host = null!;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = SpecCatalog.AigcVideo;

    public abstract IEnumerable<string> Specs { get; }

    [GlobalSetup]
    public void Setup()
    {
        JitWarmup.EnsureDone();
        _spec = SpecCatalog.Get(Spec);
        _text = _spec.ReadText();
        _additionalText = new SpecAdditionalText(_spec.AdditionalFilePath, _text);
        _host = OurGenerator.HostCompilation();
    }

    [Benchmark(Baseline = true, Description = "NSwag: load + GenerateFile")]
    [BenchmarkCategory("Parse + generate")]
    public Task<string> NSwag() => NSwagGenerator.GenerateAsync(_spec, _text);

    [Benchmark(Description = "ours: driver run from scratch")]
    [BenchmarkCategory("Parse + generate")]
    public GeneratorRunResult Ours() => OurGenerator.RunOnce(_additionalText, _host);
}
