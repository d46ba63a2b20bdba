using System.Collections.Concurrent;
using System.Collections.Immutable;
using CodeGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// Both generators' output for one document, made in a benchmark case's setup (or by <see cref="JitWarmup"/>, whose
/// aigc-video output the first case reuses) and dropped by the case's cleanup through <see cref="Release"/>: GitHub's
/// output is gigabytes of syntax trees, and kept alive it would make every later benchmark's forced full collections
/// scan it.
/// </summary>
internal sealed class GeneratedOutputs
{
    private static readonly ConcurrentDictionary<string, Lazy<GeneratedOutputs>> s_cache = new();

    private GeneratedOutputs(BenchmarkSpec spec)
    {
        string text = spec.ReadText();
        GeneratorRunResult ours = OurGenerator.RunOnce(new SpecAdditionalText(spec.AdditionalFilePath, text), OurGenerator.HostCompilation());
        Ours = OurGenerator.GeneratedTrees(ours);
        try
        {
            string code = NSwagGenerator.GenerateAsync(spec, text).GetAwaiter().GetResult();
            NSwag = CSharpSyntaxTree.ParseText(code, CompilationSettings.Parse, path: "NSwagClient.cs");
        }
        catch (Exception e)
        {
            NSwagFailure = e.GetType().Name + ": " + e.Message;
        }

        Console.WriteLine($"// {spec.Name}: ours {Ours.Length} files{(NSwag is null ? "; NSwag failed: " + NSwagFailure : "")}");
    }

    public ImmutableArray<SyntaxTree> Ours { get; }

    public SyntaxTree? NSwag { get; }

    public string? NSwagFailure { get; }

    public static GeneratedOutputs For(BenchmarkSpec spec)
        => s_cache.GetOrAdd(spec.Name, _ => new Lazy<GeneratedOutputs>(() => new GeneratedOutputs(spec))).Value;

    /// <summary>Drops the cached output of <paramref name="spec"/>; the next <see cref="For"/> makes it again.</summary>
    public static void Release(BenchmarkSpec spec) => s_cache.TryRemove(spec.Name, out _);

    public EmitResult EmitOurs() => Emit("Ours", Ours, CompilationReferences.FrameworkAndRuntime);

    public EmitResult EmitNSwag()
        => NSwag is null
            ? throw new InvalidOperationException("NSwag could not generate this document: " + NSwagFailure)
            : Emit("NSwag", ImmutableArray.Create(NSwag), CompilationReferences.Framework);

    private static EmitResult Emit(string name, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        using var pe = new MemoryStream();
        return CSharpCompilation.Create(name, trees, references, CompilationSettings.Compile).Emit(pe);
    }

    /// <summary>The error count of one compile, printed after the timed runs rather than paid for by an extra compile.</summary>
    public static int Errors(EmitResult result) => result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
