using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Incremental;

public sealed class CachingTests
{
    private const string OtherSpecText = """
        openapi: 3.0.3
        info: {title: Other, version: '1'}
        paths:
          /ping:
            get:
              operationId: ping
              responses:
                '204': {description: Pong.}
        components:
          schemas:
            Thing: {type: object, properties: {name: {type: string}}}
        """;

    private static readonly SpecFile OtherSpec = new("/repo/spec/other.openapi.yaml", OtherSpecText, Namespace: "Other.Client");

    [Fact]
    public void Tracking_names_are_all_found_by_reflection()
        => Assert.Equal(
            new[] { TrackingNames.SpecInputs, TrackingNames.ReferencedFiles, TrackingNames.ParsedSpecs, TrackingNames.EmitOptions, TrackingNames.CompilationFacts, TrackingNames.ConsumerCheck, TrackingNames.EmittedSpecs, TrackingNames.HintClaims, TrackingNames.UniqueOutputs }.OrderBy(n => n, StringComparer.Ordinal),
            StepAssert.TrackingNameValues.OrderBy(n => n, StringComparer.Ordinal));

    [Fact]
    public void Rerunning_on_a_cloned_compilation_leaves_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { SpecFile.AigcVideo() }, trackSteps: true).RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();

        driver = driver.RunGenerators(compilation.Clone());
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        StepAssert.AllCached(first, second);
    }

    [Fact]
    public void Adding_an_unrelated_syntax_tree_leaves_every_step_cached()
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { SpecFile.AigcVideo(), OtherSpec }, trackSteps: true).RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal sealed class Unrelated { }", GeneratorRunner.ParseOptions(), path: "Unrelated.cs")));
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        StepAssert.AllCached(first, second);
    }

    [Fact]
    public void Editing_the_spec_modifies_the_parse_and_the_output()
    {
        SpecFile spec = SpecFile.AigcVideo();
        var original = new InMemoryAdditionalText(spec.Path, spec.Text);
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(Array.Empty<SpecFile>(), trackSteps: true)
            .AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(original))
            .WithUpdatedAnalyzerConfigOptions(GeneratorRunner.Options(new[] { spec }))
            .RunGenerators(compilation);

        string edited = spec.Text.Replace("title: AigcVideo", "title: AigcVideo2", StringComparison.Ordinal);
        Assert.NotEqual(spec.Text, edited);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(spec.Path, edited)).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.SpecInputs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.EmittedSpecs)).Reason);
        Assert.Contains(second.GeneratedSources, s => s.HintName == "AigcVideo.Client.AigcVideo2Client.g.cs");
    }

    [Fact]
    public void An_edit_that_changes_nothing_modelled_stops_at_the_parse()
    {
        SpecFile spec = SpecFile.AigcVideo();
        var original = new InMemoryAdditionalText(spec.Path, spec.Text);
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(Array.Empty<SpecFile>(), trackSteps: true)
            .AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(original))
            .WithUpdatedAnalyzerConfigOptions(GeneratorRunner.Options(new[] { spec }))
            .RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(spec.Path, spec.Text + "\n# A trailing comment changes the text, not the model.\n")).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.SpecInputs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(StepAssert.Outputs(second, TrackingNames.EmittedSpecs)).Reason);
        Assert.All(second.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_of_two_specs_leaves_the_other_cached()
    {
        SpecFile aigc = SpecFile.AigcVideo();
        var aigcText = new InMemoryAdditionalText(aigc.Path, aigc.Text);
        var otherText = new InMemoryAdditionalText(OtherSpec.Path, OtherSpec.Text);
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(Array.Empty<SpecFile>(), trackSteps: true)
            .AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(aigcText, otherText))
            .WithUpdatedAnalyzerConfigOptions(GeneratorRunner.Options(new[] { aigc, OtherSpec }))
            .RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(otherText, new InMemoryAdditionalText(OtherSpec.Path, OtherSpec.Text.Replace("name:", "label:", StringComparison.Ordinal))).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        var inputs = StepAssert.Outputs(second, TrackingNames.SpecInputs);
        Assert.Equal(2, inputs.Length);
        Assert.Contains(inputs, o => ((SpecInput)o.Value).Path == aigc.Path && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(inputs, o => ((SpecInput)o.Value).Path == OtherSpec.Path && o.Reason == IncrementalStepRunReason.Modified);

        var parsed = StepAssert.Outputs(second, TrackingNames.ParsedSpecs);
        Assert.Contains(parsed, o => ((ParsedSpec)o.Value).Path == aigc.Path && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(parsed, o => ((ParsedSpec)o.Value).Path == OtherSpec.Path && o.Reason == IncrementalStepRunReason.Modified);

        var emitted = StepAssert.Outputs(second, TrackingNames.EmittedSpecs);
        Assert.Contains(emitted, o => IsFor((EmittedSpec)o.Value, "AigcVideo.Client.") && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(emitted, o => IsFor((EmittedSpec)o.Value, "Other.Client.") && o.Reason == IncrementalStepRunReason.Modified);

        static bool IsFor(EmittedSpec spec, string prefix) => spec.Files.Count > 0 && spec.Files[0].HintName.StartsWith(prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_language_version_re_emits_but_does_not_re_parse()
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { SpecFile.AigcVideo() }, trackSteps: true).RunGenerators(compilation);

        driver = driver.WithUpdatedParseOptions(GeneratorRunner.ParseOptions(LanguageVersion.CSharp9)).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.All(StepAssert.Outputs(second, TrackingNames.ParsedSpecs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.EmitOptions)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.EmittedSpecs)).Reason);
    }

    [Fact]
    public void Parsing_the_same_input_twice_gives_equal_but_distinct_models()
    {
        var input = new SpecInput("/repo/spec/aigc-video.openapi.yaml", File.ReadAllText(RepoPaths.AigcVideoSpec), new SpecOptions("AigcVideo.Client", null, null));

        ParsedSpec first = global::CodeGen.Generator.Parsing.ApiSpecParser.Parse(input, CancellationToken.None);
        ParsedSpec second = global::CodeGen.Generator.Parsing.ApiSpecParser.Parse(input, CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.NotSame(first.Spec, second.Spec);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
