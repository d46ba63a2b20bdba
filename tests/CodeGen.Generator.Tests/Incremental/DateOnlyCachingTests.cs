using System.Collections.Immutable;
using CodeGen.Generator.Tests.Schemas;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Incremental;

/// <summary>
/// Whether DateOnly is available reaches the parse (it decides C# types there), as one flag of the compilation
/// facts: C# edits leave it equal and the parse cached; a change of target re-parses.
/// </summary>
public sealed class DateOnlyCachingTests
{
    [Fact]
    public void A_CSharp_edit_leaves_the_facts_unchanged_and_the_parse_cached()
    {
        CSharpCompilation compilation = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { MembersDocument.File() }, trackSteps: true).RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class Edited { public static System.DateOnly Day; }", GeneratorRunner.ParseOptions(), path: "Edited.cs"));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(StepAssert.Outputs(second, TrackingNames.CompilationFacts)).Reason);
        Assert.All(StepAssert.Outputs(second, TrackingNames.ParsedSpecs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(StepAssert.Outputs(second, TrackingNames.EmittedSpecs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public async Task Losing_DateOnly_re_parses_and_the_members_become_strings()
    {
        CSharpCompilation modern = GeneratorRunner.CreateCompilation();
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { MembersDocument.File() }, trackSteps: true).RunGenerators(modern);
        Assert.Contains("global::System.DateOnly Day", Calendar(driver.GetRunResult().Results.Single()), StringComparison.Ordinal);

        ImmutableArray<MetadataReference> netStandard = await References.NetStandard20Offline.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        GeneratorRunResult second = driver.RunGenerators(modern.WithReferences(netStandard.Add(References.Runtime))).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepAssert.Outputs(second, TrackingNames.ParsedSpecs)).Reason);
        Assert.Contains("string Day", Calendar(second), StringComparison.Ordinal);
    }

    private static string Calendar(GeneratorRunResult result)
        => result.GeneratedSources.Single(s => s.HintName == "Members.Client.Calendar.g.cs").SourceText.ToString();
}
