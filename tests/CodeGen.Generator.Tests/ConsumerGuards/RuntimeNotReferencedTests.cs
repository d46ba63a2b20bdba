using System.Collections.Immutable;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.ConsumerGuards;

/// <summary>
/// Without CodeGen.Runtime every generated file would fail with CS0246; the generator says once what to add and
/// generates nothing instead.
/// </summary>
public sealed class RuntimeNotReferencedTests
{
    private static readonly SpecFile Second = new("/repo/api/second.openapi.yaml", """
        openapi: 3.0.3
        info: { title: Second, version: '1' }
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: { type: string }
        """, Namespace: "Second.Client");

    [Fact]
    public void A_project_without_the_runtime_gets_one_error_that_names_the_package_and_no_code()
    {
        var (result, output) = Run(References.FrameworkOnly, SpecFile.AigcVideo(), Second);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0008", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("<PackageReference Include=\"CodeGen.Runtime\" Version=\"", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_message_names_the_version_this_generator_ships_with()
    {
        string expected = typeof(OpenApiClientGenerator).Assembly.GetName().Version!.ToString(3);

        var (result, _) = Run(References.FrameworkOnly, Second);

        Assert.Contains($"Version=\"{expected}", Assert.Single(result.Diagnostics).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_with_no_spec_gets_no_diagnostic_even_without_the_runtime()
    {
        var (result, _) = Run(References.FrameworkOnly);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void The_spec_own_errors_are_still_reported_when_the_runtime_is_missing()
    {
        var broken = new SpecFile("/repo/api/broken.openapi.yaml", "openapi: 3.0.3\ninfo: [", Namespace: "Broken");

        var (result, _) = Run(References.FrameworkOnly, broken);

        Assert.Contains(result.Diagnostics, d => d.Id == "CG0008");
        Assert.Contains(result.Diagnostics, d => d.Id is "CG0001" or "CG0002" && d.Location.GetLineSpan().Path == broken.Path);
    }

    [Fact]
    public void Adding_the_runtime_reference_brings_the_code_back()
    {
        var (result, output) = Run(References.FrameworkAndRuntime, Second);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Second.Client.Thing.g.cs");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static (GeneratorRunResult Result, Compilation Output) Run(ImmutableArray<MetadataReference> references, params SpecFile[] specs)
        => GeneratorRunner.RunWithReferences(references, GeneratorRunner.ParseOptions(), specs);
}
