using System.Collections.Immutable;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Incremental;

/// <summary>
/// How far each kind of edit travels down the pipeline: whitespace, options, another spec, C# code. Complements
/// <see cref="CachingTests"/>, which covers reruns with nothing changed and content edits.
/// </summary>
public sealed class EditTests
{
    private const string WarnedSpecText = """
        openapi: 3.1.0
        info: {title: Warned, version: '1'}
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
                either: {oneOf: [{required: [a]}, {required: [b]}]}
        """;

    private static readonly SpecFile OtherSpec = new("/repo/spec/other.openapi.yaml", "openapi: 3.0.3\ninfo: {title: Other, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Thing: {type: object, properties: {name: {type: string}}}\n", Namespace: "Other.Client");

    [Fact]
    public void Whitespace_edits_that_move_lines_re_parse_but_do_not_re_emit_a_spec_without_diagnostics()
    {
        SpecFile spec = SpecFile.AigcVideo();
        string edited = spec.Text.Replace("\npaths:", "\n\n   \npaths:", StringComparison.Ordinal).Replace("\ncomponents:", "  \n\ncomponents:", StringComparison.Ordinal) + "\n\n";

        GeneratorRunResult second = RunEdited(spec, edited);

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.SpecInputs)).Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Reason);
        AssertNothingReEmitted(second);
    }

    // Diagnostics carry their line and column, so an edit that moves a diagnostic must re-emit it: the build would
    // otherwise point at the old line. Whitespace after the last diagnostic moves none of them, and stays cached.
    [Fact]
    public void Trailing_whitespace_after_the_last_diagnostic_does_not_re_emit()
    {
        var spec = new SpecFile("/repo/spec/warned.openapi.yaml", WarnedSpecText);

        GeneratorRunResult second = RunEdited(spec, spec.Text + "   \n\n  \n");

        ParsedSpec parsed = (ParsedSpec)Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Value;
        Assert.Contains(parsed.Diagnostics, d => d.Descriptor.Id == "CG0004");
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Reason);
        AssertNothingReEmitted(second);
    }

    [Fact]
    public void Whitespace_that_moves_a_diagnostic_re_emits_it_at_its_new_line()
    {
        var spec = new SpecFile("/repo/spec/warned.openapi.yaml", WarnedSpecText);

        GeneratorRunResult second = RunEdited(spec, "\n\n" + spec.Text);

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Reason);
        Diagnostic warning = Assert.Single(second.Diagnostics, d => d.Id == "CG0004");
        Assert.Equal(11, DiagnosticAssert.Start(warning).Line);
    }

    [Fact]
    public void Changing_one_specs_namespace_regenerates_only_that_spec()
    {
        SpecFile aigc = SpecFile.AigcVideo();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { aigc, OtherSpec }, trackSteps: true);
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        SpecFile renamed = OtherSpec with { Namespace = "Renamed.Client" };
        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorRunner.Options(new[] { aigc, renamed })).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        foreach (string step in new[] { TrackingNames.SpecInputs, TrackingNames.ParsedSpecs, TrackingNames.EmittedSpecs, TrackingNames.UniqueOutputs })
        {
            var outputs = StepAssert.Outputs(second, step);
            Assert.Contains(outputs, o => PathOf(o.Value) == aigc.Path && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
            Assert.Contains(outputs, o => PathOf(o.Value) == OtherSpec.Path && o.Reason == IncrementalStepRunReason.Modified);
        }

        Assert.Contains(second.GeneratedSources, s => s.HintName == "Renamed.Client.OtherClient.g.cs");
        Assert.DoesNotContain(second.GeneratedSources, s => s.HintName.StartsWith("Other.Client.", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_spec_without_changing_its_files_leaves_the_other_specs_output_cached()
    {
        SpecFile aigc = SpecFile.AigcVideo();
        var aigcText = new InMemoryAdditionalText(aigc.Path, aigc.Text);
        var otherText = new InMemoryAdditionalText(OtherSpec.Path, OtherSpec.Text);
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(Array.Empty<SpecFile>(), trackSteps: true)
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(aigcText, otherText))
            .WithUpdatedAnalyzerConfigOptions(GeneratorRunner.Options(new[] { aigc, OtherSpec }))
            .RunGenerators(compilation);

        // A renamed property changes Other's code but not its file names, so the collected hint names stay equal.
        driver = driver.ReplaceAdditionalText(otherText, new InMemoryAdditionalText(OtherSpec.Path, OtherSpec.Text.Replace("name:", "label:", StringComparison.Ordinal))).RunGenerators(compilation);
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        Assert.All(StepAssert.Outputs(second, TrackingNames.HintClaims), o => Assert.NotEqual(IncrementalStepRunReason.New, o.Reason));
        var unique = StepAssert.Outputs(second, TrackingNames.UniqueOutputs);
        Assert.Contains(unique, o => PathOf(o.Value) == aigc.Path && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(unique, o => PathOf(o.Value) == OtherSpec.Path && o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Editing_an_unrelated_csharp_file_re_parses_nothing()
    {
        SyntaxTree original = CSharpSyntaxTree.ParseText("internal sealed class Edited { }", GeneratorRunner.ParseOptions(), path: "Edited.cs");
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation(new[] { original });
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { SpecFile.AigcVideo(), OtherSpec }, trackSteps: true).RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();

        SyntaxTree edited = CSharpSyntaxTree.ParseText("internal sealed class Edited { public int Value; }", GeneratorRunner.ParseOptions(), path: "Edited.cs");
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(original, edited));
        GeneratorRunResult second = driver.GetRunResult().Results.Single();

        StepAssert.AllCached(first, second);
    }

    private static GeneratorRunResult RunEdited(SpecFile spec, string editedText)
    {
        var original = new InMemoryAdditionalText(spec.Path, spec.Text);
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(Array.Empty<SpecFile>(), trackSteps: true)
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(original))
            .WithUpdatedAnalyzerConfigOptions(GeneratorRunner.Options(new[] { spec }))
            .RunGenerators(compilation);
        Assert.NotEqual(spec.Text, editedText);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(spec.Path, editedText)).RunGenerators(compilation);
        return driver.GetRunResult().Results.Single();
    }

    private static void AssertNothingReEmitted(GeneratorRunResult second)
    {
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(StepAssert.Outputs(second, TrackingNames.EmittedSpecs)).Reason);
        Assert.All(second.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static string PathOf(object value) => value switch
    {
        SpecInput input => input.Path,
        ParsedSpec parsed => parsed.Path,
        EmittedSpec emitted => emitted.Path,
        _ => throw new InvalidOperationException(value.GetType().Name),
    };
}
