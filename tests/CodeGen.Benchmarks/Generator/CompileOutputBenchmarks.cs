using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis.Emit;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// What each generator's output costs the compiler: a Release <c>CSharpCompilation.Emit</c> to memory, from
/// already parsed syntax trees, with the same options. Output that does not compile still costs the binding and
/// diagnostics; the cleanup prints the error counts of the last timed compiles so the docs can say so. Subclasses
/// pick the documents and the job.
/// </summary>
public abstract class CompileOutputBenchmarks
{
    private GeneratedOutputs _outputs = null!;
    private EmitResult? _lastNSwag;
    private EmitResult? _lastOurs;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = SpecCatalog.AigcVideo;

    public abstract IEnumerable<string> Specs { get; }

    [GlobalSetup]
    public void Setup()
    {
        JitWarmup.EnsureDone();
        _outputs = GeneratedOutputs.For(SpecCatalog.Get(Spec));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        GeneratedOutputs.Release(SpecCatalog.Get(Spec));
        foreach ((string name, EmitResult? result) in new[] { ("ours", _lastOurs), ("NSwag", _lastNSwag) })
        {
            if (result is not null)
            {
                Console.WriteLine($"// {Spec}: {name} output compiled with {GeneratedOutputs.Errors(result)} errors");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "NSwag output: compile + emit")]
    [BenchmarkCategory("Compile generated code")]
    public EmitResult NSwag() => _lastNSwag = _outputs.EmitNSwag();

    [Benchmark(Description = "our output: compile + emit")]
    [BenchmarkCategory("Compile generated code")]
    public EmitResult Ours() => _lastOurs = _outputs.EmitOurs();
}
