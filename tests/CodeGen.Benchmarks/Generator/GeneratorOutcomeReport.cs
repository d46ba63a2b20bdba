using System.Collections.Immutable;
using CodeGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// <c>--generator-report</c>: what each generator made of each document, not how fast. Our diagnostics by id,
/// NSwag's exception if any, the size of each output and its compile errors. Prints a Markdown table for
/// docs/benchmarks.md. Optional arguments restrict it to the named specs.
/// </summary>
internal static class GeneratorOutcomeReport
{
    public const string Switch = "--generator-report";

    public static async Task<int> RunAsync(string[] only)
    {
        Console.WriteLine("| spec | ours: diagnostics | ours: files / KB | ours: compile errors | NSwag: outcome | NSwag: KB | NSwag: compile errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (string name in SpecCatalog.AvailableNames(only))
        {
            BenchmarkSpec spec = SpecCatalog.Get(name);
            string text = spec.ReadText();
            Console.WriteLine($"| {name} | {await DescribeOursAsync(spec, text)} | {await DescribeNSwagAsync(spec, text)} |");
        }

        return 0;
    }

    private static Task<string> DescribeOursAsync(BenchmarkSpec spec, string text)
    {
        GeneratorRunResult result = OurGenerator.RunOnce(new SpecAdditionalText(spec.AdditionalFilePath, text), OurGenerator.HostCompilation());
        ImmutableArray<SyntaxTree> trees = OurGenerator.GeneratedTrees(result);
        string diagnostics = result.Diagnostics.IsEmpty
            ? "none"
            : string.Join(", ", result.Diagnostics
                .GroupBy(d => (d.Id, d.Severity))
                .OrderBy(g => g.Key.Id, StringComparer.Ordinal)
                .Select(g => $"{g.Key.Id} {g.Key.Severity.ToString().ToLowerInvariant()} ×{g.Count()}"));
        if (result.Exception is not null)
        {
            diagnostics += "; exception " + result.Exception.GetType().Name;
        }

        long chars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        string errors = CompileErrors(trees, CompilationReferences.FrameworkAndRuntime);
        return Task.FromResult($"{diagnostics} | {trees.Length} / {chars / 1024} | {errors}");
    }

    private static async Task<string> DescribeNSwagAsync(BenchmarkSpec spec, string text)
    {
        string code;
        try
        {
            code = await NSwagGenerator.GenerateAsync(spec, text).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return $"failed: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} | – | –";
        }

        SyntaxTree tree = CSharpSyntaxTree.ParseText(code, CompilationSettings.Parse);
        return $"generated | {code.Length / 1024} | {CompileErrors(ImmutableArray.Create(tree), CompilationReferences.Framework)}";
    }

    private static string CompileErrors(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        using var pe = new MemoryStream();
        Diagnostic[] errors = CSharpCompilation.Create("Report", trees, references, CompilationSettings.Compile)
            .Emit(pe).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length == 0)
        {
            return "0";
        }

        string byId = string.Join(", ", errors.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Key}×{g.Count()}"));
        return $"{errors.Length} ({byId})";
    }
}
