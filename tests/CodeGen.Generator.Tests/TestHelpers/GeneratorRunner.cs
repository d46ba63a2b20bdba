using System.Collections.Immutable;
using CodeGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>Runs <see cref="OpenApiClientGenerator"/> through a raw <see cref="CSharpGeneratorDriver"/>.</summary>
internal static class GeneratorRunner
{
    public const string DefaultRootNamespace = "Test.Project";

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest)
        => new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree>? trees = null, CSharpParseOptions? parseOptions = null, IEnumerable<MetadataReference>? references = null)
        => CSharpCompilation.Create(
            "GeneratorTests",
            trees ?? new[] { CSharpSyntaxTree.ParseText("internal static class Placeholder { }", parseOptions ?? ParseOptions(), path: "Placeholder.cs") },
            references ?? References.FrameworkAndRuntime,
            CompilationOptions());

    public static CSharpCompilationOptions CompilationOptions()
        => new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true)
            // The SDK's default NoWarn: CodeGen.Runtime is built against net8.0, the references here are the running net10.0.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    public static TestOptionsProvider Options(IEnumerable<SpecFile> specs, string? rootNamespace = DefaultRootNamespace)
    {
        var global = new Dictionary<string, string>();
        if (rootNamespace is not null)
        {
            global[SpecInputReader.RootNamespaceProperty] = rootNamespace;
        }

        return new TestOptionsProvider(global, specs.ToDictionary(s => s.Path, s => s.Metadata()));
    }

    public static GeneratorDriver CreateDriver(
        IEnumerable<SpecFile> specs,
        CSharpParseOptions? parseOptions = null,
        bool trackSteps = false,
        string? rootNamespace = DefaultRootNamespace)
    {
        SpecFile[] all = specs.ToArray();
        return CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            all.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)),
            parseOptions ?? ParseOptions(),
            Options(all, rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator once over <paramref name="specs"/> and returns its single result.</summary>
    public static GeneratorRunResult Run(params SpecFile[] specs) => Run(specs, ParseOptions());

    public static GeneratorRunResult Run(IEnumerable<SpecFile> specs, CSharpParseOptions parseOptions, string? rootNamespace = DefaultRootNamespace)
        => RunWithCompilation(specs, parseOptions, rootNamespace).Result;

    public static (GeneratorRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics) RunWithCompilation(
        IEnumerable<SpecFile> specs,
        CSharpParseOptions? parseOptions = null,
        string? rootNamespace = DefaultRootNamespace)
    {
        parseOptions ??= ParseOptions();
        GeneratorDriver driver = CreateDriver(specs, parseOptions, rootNamespace: rootNamespace);
        CSharpCompilation input = CreateCompilation(parseOptions: parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return (driver.GetRunResult().Results.Single(), output, diagnostics);
    }

    /// <summary>Runs the generator once against a compilation with exactly <paramref name="references"/>, as a project with other packages would be.</summary>
    public static (GeneratorRunResult Result, Compilation Output) RunWithReferences(IEnumerable<MetadataReference> references, CSharpParseOptions parseOptions, params SpecFile[] specs)
    {
        GeneratorDriver driver = CreateDriver(specs, parseOptions)
            .RunGeneratorsAndUpdateCompilation(CreateCompilation(parseOptions: parseOptions, references: references), out Compilation output, out _);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return (result, output);
    }
}
