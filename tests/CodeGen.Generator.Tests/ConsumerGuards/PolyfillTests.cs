using System.Collections.Immutable;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeGen.Generator.Tests.ConsumerGuards;

/// <summary>
/// netstandard2.0 lacks the types the compiler needs for <c>init</c> and <c>required</c>. The generator adds them,
/// internal, only when the compilation cannot see them, so a consumer never gets a duplicate-type error.
/// </summary>
public sealed class PolyfillTests
{
    private const string IsExternalInit = "CodeGen.Polyfills.IsExternalInit.g.cs";
    private const string RequiredMember = "CodeGen.Polyfills.RequiredMemberAttribute.g.cs";
    private const string CompilerFeatureRequired = "CodeGen.Polyfills.CompilerFeatureRequiredAttribute.g.cs";
    private const string SetsRequiredMembers = "CodeGen.Polyfills.SetsRequiredMembersAttribute.g.cs";
    private const string NotNullWhen = "CodeGen.Polyfills.NotNullWhenAttribute.g.cs";

    private static readonly SpecFile Spec = new("/repo/api/pets.openapi.yaml", """
        openapi: 3.0.3
        info: { title: Pets, version: '1' }
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: { type: string }
        """, Namespace: "Pets.Client");

    [Fact]
    public async Task CSharp_9_on_netstandard2_0_gets_only_IsExternalInit_and_NotNullWhen()
    {
        GeneratorRunResult result = await RunOnNetStandardAsync(LanguageVersion.CSharp9);

        // NotNullWhen marks the out parameter of a union's TryGetX.
        Assert.Equal(new[] { IsExternalInit, NotNullWhen }, Polyfills(result));
    }

    [Fact]
    public async Task CSharp_11_on_netstandard2_0_gets_the_required_member_types_too()
    {
        GeneratorRunResult result = await RunOnNetStandardAsync(LanguageVersion.CSharp11);

        Assert.Equal(new[] { CompilerFeatureRequired, IsExternalInit, NotNullWhen, RequiredMember, SetsRequiredMembers }, Polyfills(result));
    }

    [Fact]
    public void A_modern_framework_gets_no_polyfill()
    {
        var (result, _) = GeneratorRunner.RunWithReferences(References.FrameworkAndRuntime, GeneratorRunner.ParseOptions(), Spec);

        Assert.Empty(Polyfills(result));
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void A_project_with_no_spec_gets_no_polyfill()
    {
        var (result, _) = GeneratorRunner.RunWithReferences(References.FrameworkAndRuntime, GeneratorRunner.ParseOptions());

        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public async Task A_polyfill_the_project_already_declares_is_not_added_again()
    {
        ImmutableArray<MetadataReference> references = await NetStandardReferencesAsync();
        CSharpParseOptions parseOptions = GeneratorRunner.ParseOptions(LanguageVersion.CSharp11);
        const string own = """
            namespace System.Runtime.CompilerServices
            {
                internal static class IsExternalInit { }
            }
            """;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "OwnPolyfill",
            new[] { CSharpSyntaxTree.ParseText(own, parseOptions, path: "IsExternalInit.cs") },
            references.Add(References.Runtime),
            GeneratorRunner.CompilationOptions());

        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { Spec }, parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);

        Assert.Equal(new[] { CompilerFeatureRequired, NotNullWhen, RequiredMember, SetsRequiredMembers }, Polyfills(driver.GetRunResult().Results.Single()));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id is "CS0101" or "CS0436");
    }

    [Fact]
    public async Task The_polyfills_are_internal_and_let_netstandard2_0_code_use_init_and_required()
    {
        GeneratorRunResult result = await RunOnNetStandardAsync(LanguageVersion.CSharp11);
        SyntaxTree[] polyfills = result.GeneratedSources.Where(s => s.HintName.StartsWith("CodeGen.Polyfills.", StringComparison.Ordinal)).Select(s => s.SyntaxTree).ToArray();
        Assert.All(polyfills, tree => Assert.All(
            tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>(),
            type => Assert.Contains(type.Modifiers, m => m.IsKind(SyntaxKind.InternalKeyword))));

        const string user = """
            using System.Diagnostics.CodeAnalysis;

            namespace Consumer
            {
                internal sealed record Person
                {
                    public Person() { }

                    [SetsRequiredMembers]
                    public Person(string name) => Name = name;

                    public required string Name { get; init; }

                    public int Age { get; init; }

                    public bool TryGetNickname([NotNullWhen(true)] out string? nickname)
                    {
                        nickname = Age > 30 ? "Ada" : null;
                        return nickname is not null;
                    }
                }

                internal static class Use
                {
                    public static Person Make() => new Person { Name = "Ada", Age = 36 } with { Age = 37 };

                    // Without the attribute, nullable analysis would warn (CS8602) on the dereference.
                    public static int NicknameLength(Person person) => person.TryGetNickname(out string? nickname) ? nickname.Length : 0;
                }
            }
            """;
        CSharpParseOptions parseOptions = GeneratorRunner.ParseOptions(LanguageVersion.CSharp11);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "PolyfillUse",
            polyfills.Select(t => t.WithRootAndOptions(t.GetRoot(), parseOptions)).Append(CSharpSyntaxTree.ParseText(user, parseOptions, path: "User.cs")),
            await NetStandardReferencesAsync(),
            GeneratorRunner.CompilationOptions());

        Diagnostic[] problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(p => p.ToString())));
    }

    private static async Task<GeneratorRunResult> RunOnNetStandardAsync(LanguageVersion version)
    {
        var (result, _) = GeneratorRunner.RunWithReferences(
            (await NetStandardReferencesAsync()).Add(References.Runtime),
            GeneratorRunner.ParseOptions(version),
            Spec);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return result;
    }

    private static async Task<ImmutableArray<MetadataReference>> NetStandardReferencesAsync()
        => await References.NetStandard20Offline.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);

    private static string[] Polyfills(GeneratorRunResult result)
        => result.GeneratedSources.Select(s => s.HintName)
            .Where(h => h.StartsWith("CodeGen.Polyfills.", StringComparison.Ordinal))
            .OrderBy(h => h, StringComparer.Ordinal)
            .ToArray();
}
