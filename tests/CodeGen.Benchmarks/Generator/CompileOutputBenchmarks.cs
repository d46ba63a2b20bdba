using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis.Emit;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// What each generator's output costs the compiler: a Release <c>CSharpCompilation.Emit</c> to memory, from
/// already parsed syntax trees, with the same options. Output that does not compile still costs the binding and
/// diagnostics; the setup prints the error counts so the docs can say so. Subclasses pick the documents and the job.
/// </summary>
public abstract class CompileOutputBenchmarks
{
    private GeneratedOutputs _outputs = null!;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = SpecCatalog.AigcVideo;

    public abstract IEnumerable<string> Specs { get; }

    [GlobalSetup]
    public void Setup() => _outputs = GeneratedOutputs.For(SpecCatalog.Get(Spec));

    [Benchmark(Baseline = true, Description = "NSwag output: compile + emit")]
    [BenchmarkCategory("Compile generated code")]
    public EmitResult NSwag() => _outputs.EmitNSwag();

    [Benchmark(Description = "our output: compile + emit")]
    [BenchmarkCategory("Compile generated code")]
    public EmitResult Ours() => _outputs.EmitOurs();
}
