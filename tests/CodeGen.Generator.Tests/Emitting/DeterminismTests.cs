using System.Globalization;
using System.Text;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Emitting;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_fresh_runs_give_byte_identical_output_in_the_same_order()
    {
        GeneratorRunResult first = GeneratorRunner.Run(SpecFile.AigcVideo());
        GeneratorRunResult second = GeneratorRunner.Run(SpecFile.AigcVideo());

        AssertIdentical(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void The_output_does_not_depend_on_the_current_culture(string culture)
    {
        GeneratorRunResult invariant = RunUnder(CultureInfo.InvariantCulture);
        GeneratorRunResult localized = RunUnder(CultureInfo.GetCultureInfo(culture));

        AssertIdentical(invariant, localized);
    }

    [Fact]
    public void The_output_does_not_depend_on_the_spec_path()
    {
        SpecFile spec = SpecFile.AigcVideo();

        GeneratorRunResult here = GeneratorRunner.Run(spec);
        GeneratorRunResult there = GeneratorRunner.Run(spec with { Path = "C:\\work\\other\\aigc-video.openapi.yaml" });

        AssertIdentical(here, there);
    }

    private static GeneratorRunResult RunUnder(CultureInfo culture)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return GeneratorRunner.Run(SpecFile.AigcVideo());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    private static void AssertIdentical(GeneratorRunResult expected, GeneratorRunResult actual)
    {
        Assert.Null(expected.Exception);
        Assert.Null(actual.Exception);
        Assert.Equal(expected.GeneratedSources.Select(s => s.HintName), actual.GeneratedSources.Select(s => s.HintName));
        for (int i = 0; i < expected.GeneratedSources.Length; i++)
        {
            GeneratedSourceResult left = expected.GeneratedSources[i];
            GeneratedSourceResult right = actual.GeneratedSources[i];
            byte[] leftBytes = Encoding.UTF8.GetBytes(left.SourceText.ToString());
            byte[] rightBytes = Encoding.UTF8.GetBytes(right.SourceText.ToString());
            Assert.True(
                leftBytes.AsSpan().SequenceEqual(rightBytes),
                $"{left.HintName}: {Baselines.FirstDifference(left.SourceText.ToString(), right.SourceText.ToString()) ?? "same lines, different bytes"}");
            Assert.Equal(left.SourceText.GetChecksum().ToArray(), right.SourceText.GetChecksum().ToArray());
        }
    }
}
