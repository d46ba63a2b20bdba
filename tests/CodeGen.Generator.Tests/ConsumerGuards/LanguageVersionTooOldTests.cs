using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.ConsumerGuards;

/// <summary>
/// Records and <c>init</c> need C# 9. netstandard2.0 projects default to C# 7.3, so this is the first thing an SDK
/// author meets: one error naming the LangVersion to set, instead of hundreds of CS8400s.
/// </summary>
public sealed class LanguageVersionTooOldTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "7.3")]
    [InlineData(LanguageVersion.CSharp8, "8.0")]
    public void An_old_language_version_gets_one_error_naming_the_LangVersion_and_no_code(LanguageVersion version, string shown)
    {
        var (result, output) = GeneratorRunner.RunWithReferences(References.FrameworkAndRuntime, GeneratorRunner.ParseOptions(version), SpecFile.AigcVideo());

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"C# {shown}", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("<LangVersion>9.0</LangVersion>", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.GeneratedSources);
        // CS8630 only says that the test's nullable-enabled options need C# 8; a C# 7.3 project would not enable it.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8630"));
    }

    [Fact]
    public void Both_problems_are_reported_together()
    {
        var (result, _) = GeneratorRunner.RunWithReferences(References.FrameworkOnly, GeneratorRunner.ParseOptions(LanguageVersion.CSharp7_3), SpecFile.AigcVideo());

        Assert.Equal(new[] { "CG0008", "CG0009" }, result.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void CSharp_9_is_enough()
    {
        var (result, _) = GeneratorRunner.RunWithReferences(References.FrameworkAndRuntime, GeneratorRunner.ParseOptions(LanguageVersion.CSharp9), SpecFile.AigcVideo());

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }
}
