using System.Collections.Immutable;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Operations;

/// <summary>
/// The integration tests' operations document (every parameter style, body and response shape) generates code
/// that compiles without a single warning, from C# 9 on, and without any generator diagnostic.
/// </summary>
public sealed class WireSpecCompilesTests
{
    internal static SpecFile WireSpec(string? groupByTag = null)
        => new("/repo/tests/operations.openapi.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "CodeGen.IntegrationTests", "Wire", "operations.openapi.yaml")), Namespace: "Operations.Wire", GroupByTag: groupByTag);

    [Theory]
    [InlineData("CSharp9")]
    [InlineData("CSharp10")]
    [InlineData("CSharp11")]
    [InlineData("Latest")]
    public void The_operations_client_compiles_without_warnings(string version)
    {
        CSharpParseOptions parseOptions = GeneratorRunner.ParseOptions(Enum.Parse<LanguageVersion>(version));

        var (result, output, driverDiagnostics) = GeneratorRunner.RunWithCompilation(new[] { WireSpec() }, parseOptions);

        Assert.Null(result.Exception);
        Assert.Empty(driverDiagnostics);
        Assert.Empty(result.Diagnostics);
        ImmutableArray<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        Assert.True(problems.IsEmpty, $"{problems.Length} compiler diagnostic(s) under {version}:\n" + string.Join("\n", problems.Take(30)));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void Either_grouping_compiles_without_warnings(string groupByTag)
    {
        var (result, output, _) = GeneratorRunner.RunWithCompilation(new[] { WireSpec(groupByTag) });

        Assert.Empty(result.Diagnostics);
        ImmutableArray<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public void The_group_by_tag_metadata_reaches_the_generator()
    {
        string grouped = Client(GeneratorRunner.Run(WireSpec("auto")));
        string flat = Client(GeneratorRunner.Run(WireSpec("false")));

        Assert.Contains("public ParametersOperations Parameters { get; }", grouped, StringComparison.Ordinal);
        Assert.DoesNotContain("ParametersOperations", flat, StringComparison.Ordinal);
        Assert.Contains("public async global::System.Threading.Tasks.Task PathSimpleAsync(", flat, StringComparison.Ordinal);
    }

    private static string Client(GeneratorRunResult result)
        => result.GeneratedSources.Single(s => s.HintName == "Operations.Wire.WireOperationsClient.g.cs").SourceText.ToString();
}
