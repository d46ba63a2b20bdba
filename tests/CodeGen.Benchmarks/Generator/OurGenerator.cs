using System.Collections.Immutable;
using CodeGen.Benchmarks.Inputs;
using CodeGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// Our generator as the compiler runs it: a <see cref="CSharpGeneratorDriver"/> over the spec as an AdditionalFile,
/// against a small host compilation that references CodeGen.Runtime (as a consumer project does).
/// </summary>
internal static class OurGenerator
{
    private static readonly SpecOptionsProvider s_options = new(CompilationSettings.Namespace);

    public static CSharpCompilation HostCompilation(string unrelatedCode = "internal static class Unrelated { public static int Value => 0; }")
        => CSharpCompilation.Create(
            "Host",
            new[] { HostTree(unrelatedCode) },
            CompilationReferences.FrameworkAndRuntime,
            CompilationSettings.Compile);

    public static SyntaxTree HostTree(string code) => CSharpSyntaxTree.ParseText(code, CompilationSettings.Parse, path: "/host/Unrelated.cs");

    public static GeneratorDriver CreateDriver(AdditionalText spec)
        => CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            new[] { spec },
            CompilationSettings.Parse,
            s_options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static SpecAdditionalText AdditionalText(BenchmarkSpec spec) => new(spec.AdditionalFilePath, spec.ReadText());

    /// <summary>A full run from nothing: parse, model, emit, and the driver's parse of the emitted sources.</summary>
    public static GeneratorRunResult RunOnce(AdditionalText spec, CSharpCompilation host)
        => CreateDriver(spec).RunGenerators(host).GetRunResult().Results[0];

    public static ImmutableArray<SyntaxTree> GeneratedTrees(GeneratorRunResult result)
        => result.GeneratedSources.Select(s => s.SyntaxTree).ToImmutableArray();
}
