using System.Collections.Immutable;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.FileReferences;

/// <summary>
/// A root carries only the texts of the files it reaches: an edit to any other AdditionalFile, or to C#, leaves its
/// parse cached; an edit to a file it reaches, however indirectly, parses it again.
/// </summary>
public sealed class ReferenceCachingTests
{
    private static readonly SpecFile Unrelated = new("/repo/api/schemas/unrelated.yaml", "Unused: {type: string}\n");

    [Fact]
    public void The_root_input_carries_exactly_the_files_it_reaches()
    {
        var (driver, _, _) = Start();
        SpecInput input = (SpecInput)Assert.Single(StepAssert.Outputs(driver.GetRunResult().Results.Single(), TrackingNames.ReferencedFiles)).Value;

        string[] expected = MultiFileDocument.All.Skip(1).Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, input.ReferencedFiles.Select(f => f.Path).ToArray());
    }

    [Fact]
    public void Editing_an_unrelated_additional_file_leaves_the_parse_cached()
    {
        var (driver, compilation, texts) = Start();

        AdditionalText unrelated = texts[Unrelated.Path];
        driver = driver.ReplaceAdditionalText(unrelated, new InMemoryAdditionalText(Unrelated.Path, "Unused: {type: integer}\n")).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(StepAssert.Outputs(second, TrackingNames.ReferencedFiles)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(StepAssert.Outputs(second, TrackingNames.EmittedSpecs)).Reason);
    }

    [Fact]
    public void Editing_a_file_reached_through_another_re_parses_the_root()
    {
        var (driver, compilation, texts) = Start();

        // tag.yaml is reached only through pet.yaml.
        AdditionalText tag = texts[MultiFileDocument.Tag.Path];
        driver = driver.ReplaceAdditionalText(tag, new InMemoryAdditionalText(tag.Path, MultiFileDocument.Tag.Text + "\n    color: {type: string}\n")).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Reason);
        Assert.Contains("Color", second.GeneratedSources.Single(s => s.HintName == "Pets.Client.Tag.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_csharp_re_parses_nothing()
    {
        SyntaxTree original = CSharpSyntaxTree.ParseText("internal sealed class Edited { }", GeneratorRunner.ParseOptions(), path: "Edited.cs");
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(new[] { original });
        GeneratorDriver driver = GeneratorRunner.CreateDriver(MultiFileDocument.All.Append(Unrelated), trackSteps: true).RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();

        SyntaxTree edited = CSharpSyntaxTree.ParseText("internal sealed class Edited { public int Value; }", GeneratorRunner.ParseOptions(), path: "Edited.cs");
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(original, edited));

        StepAssert.AllCached(first, driver.GetRunResult().Results.Single());
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, Dictionary<string, AdditionalText> Texts) Start()
    {
        SpecFile[] files = MultiFileDocument.All.Append(Unrelated).ToArray();
        var texts = files.ToDictionary(f => f.Path, f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text), StringComparer.Ordinal);
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(Array.Empty<SpecFile>(), trackSteps: true)
            .AddAdditionalTexts(texts.Values.ToImmutableArray())
            .WithUpdatedAnalyzerConfigOptions(GeneratorRunner.Options(files))
            .RunGenerators(compilation);
        return (driver, compilation, texts);
    }
}
