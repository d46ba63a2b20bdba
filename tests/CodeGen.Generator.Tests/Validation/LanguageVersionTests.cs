using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Validation;

/// <summary>The generated checks of every keyword, parameters included, compile without warning in C# 9 too (the harness asserts it).</summary>
public sealed class LanguageVersionTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Every_keyword_compiles_in_older_language_versions(LanguageVersion version)
    {
        using var keywords = new ValidationHarness(KeywordDocument.Yaml, version);
        using var parameters = new ValidationHarness(ParameterTests.Yaml, version);

        Assert.Single(keywords.Errors("Thing", """{"name":"a","parts":[]}"""));
    }
}
