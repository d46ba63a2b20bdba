using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeGen.Generator.Tests.Emitting;

/// <summary>
/// The generator follows the consumer's language version: C# 9 and 10 get records with <c>init</c> accessors and no
/// <c>required</c>; C# 11 and later get <c>required</c> members.
/// </summary>
public sealed class LanguageVersionTests
{
    // C# 10 gets the same code as C# 9 (no `required`), and accepts everything C# 9 does.
    [Fact]
    public void The_aigc_video_client_compiles_without_errors_in_CSharp_9()
        => GeneratedCodeCompilesTests.AssertCompiles("CSharp9", DiagnosticSeverity.Error);

    [Fact]
    public void The_aigc_video_client_compiles_without_warnings_in_CSharp_11()
        => GeneratedCodeCompilesTests.AssertCompiles("CSharp11", DiagnosticSeverity.Warning);

    // Without `required` (C# 9/10), a required non-nullable reference-type member (ApiError.Code, AigcVideoTask.TaskId,
    // ...) would raise CS8618 in the consumer's build; the generator initializes those with `= default!`.
    [Theory]
    [InlineData("CSharp9")]
    [InlineData("CSharp10")]
    public void The_aigc_video_client_compiles_without_warnings_before_CSharp_11(string version)
        => GeneratedCodeCompilesTests.AssertCompiles(version, DiagnosticSeverity.Warning);

    [Theory]
    [InlineData("CSharp9", false)]
    [InlineData("CSharp10", false)]
    [InlineData("CSharp11", true)]
    [InlineData("Latest", true)]
    public void Required_members_are_emitted_only_from_CSharp_11(string version, bool expectRequired)
    {
        CSharpParseOptions parseOptions = GeneratorRunner.ParseOptions(Enum.Parse<LanguageVersion>(version));

        GeneratorRunResult result = GeneratorRunner.Run(new[] { SpecFile.AigcVideo() }, parseOptions);

        string[] required = result.GeneratedSources
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
                .Where(p => p.Modifiers.Any(m => m.Text == "required"))
                .Select(p => $"{s.HintName}: {p.Identifier.Text}"))
            .ToArray();
        if (expectRequired)
        {
            Assert.Contains("AigcVideo.Client.CreateAigcVideoTaskRequest.g.cs: ModelName", required);
        }
        else
        {
            Assert.Empty(required);
            Assert.All(result.GeneratedSources, s => Assert.DoesNotMatch(@"(?m)^\s*public required ", s.SourceText.ToString()));
        }
    }

    [Fact]
    public void Records_use_init_accessors_in_CSharp_9()
    {
        GeneratorRunResult result = GeneratorRunner.Run(new[] { SpecFile.AigcVideo() }, GeneratorRunner.ParseOptions(LanguageVersion.CSharp9));

        SyntaxTree request = result.GeneratedSources.Single(s => s.HintName == "AigcVideo.Client.CreateAigcVideoTaskRequest.g.cs").SyntaxTree;
        RecordDeclarationSyntax record = request.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>().Single();
        Assert.Equal("CreateAigcVideoTaskRequest", record.Identifier.Text);
        Assert.All(record.Members.OfType<PropertyDeclarationSyntax>(), p => Assert.Contains(p.AccessorList!.Accessors, a => a.IsKind(SyntaxKind.InitAccessorDeclaration)));
    }
}
