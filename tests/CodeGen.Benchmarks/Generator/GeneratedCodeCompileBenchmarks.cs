using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Configs;
using CodeGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// What each generator's output costs the compiler: a Release <c>CSharpCompilation.Emit</c> to memory, from
/// already parsed syntax trees, with the same options. Output that does not compile still costs the binding and
/// diagnostics; the setup prints the error counts so the docs can say so.
/// </summary>
[Config(typeof(SlowBenchmarkConfig))]
public class GeneratedCodeCompileBenchmarks
{
    private ImmutableArray<SyntaxTree> _ours;
    private SyntaxTree? _nswag;
    private string? _nswagFailure;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = SpecCatalog.AigcVideo;

    public static IEnumerable<string> Specs() => SpecCatalog.AvailableNames();

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkSpec spec = SpecCatalog.Get(Spec);
        string text = spec.ReadText();
        GeneratorRunResult ours = OurGenerator.RunOnce(new SpecAdditionalText(spec.AdditionalFilePath, text), OurGenerator.HostCompilation());
        _ours = OurGenerator.GeneratedTrees(ours);
        try
        {
            string code = NSwagGenerator.GenerateAsync(spec, text).GetAwaiter().GetResult();
            _nswag = CSharpSyntaxTree.ParseText(code, CompilationSettings.Parse, path: "NSwagClient.cs");
        }
        catch (Exception e)
        {
            _nswagFailure = e.GetType().Name + ": " + e.Message;
        }

        Console.WriteLine($"// {Spec}: ours {_ours.Length} files, {Errors(EmitOurs())} compile errors; NSwag {(_nswag is null ? "failed: " + _nswagFailure : Errors(EmitNSwag()) + " compile errors")}");
    }

    [Benchmark(Baseline = true, Description = "NSwag output: compile + emit")]
    [BenchmarkCategory("Compile generated code")]
    public EmitResult NSwag() => EmitNSwag();

    [Benchmark(Description = "our output: compile + emit")]
    [BenchmarkCategory("Compile generated code")]
    public EmitResult Ours() => EmitOurs();

    private EmitResult EmitOurs() => Emit("Ours", _ours, CompilationReferences.FrameworkAndRuntime);

    private EmitResult EmitNSwag()
        => _nswag is null
            ? throw new InvalidOperationException("NSwag could not generate this document: " + _nswagFailure)
            : Emit("NSwag", ImmutableArray.Create(_nswag), CompilationReferences.Framework);

    private static EmitResult Emit(string name, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        using var pe = new MemoryStream();
        return CSharpCompilation.Create(name, trees, references, CompilationSettings.Compile).Emit(pe);
    }

    private static int Errors(EmitResult result) => result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
