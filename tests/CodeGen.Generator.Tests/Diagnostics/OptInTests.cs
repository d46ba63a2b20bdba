using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Diagnostics;

public sealed class OptInTests
{
    private const string Minimal = "openapi: 3.0.3\ninfo: {title: Mini, version: '1'}\npaths: {}\n";

    [Fact]
    public void A_yaml_file_that_is_not_openapi_is_an_error_when_opted_in()
    {
        var spec = new SpecFile("/project/settings.yaml", "foo: bar\n", OptIn: "true");

        GeneratorRunResult result = GeneratorRunner.Run(spec);

        Assert.Null(result.Exception);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(error.Id, new[] { "CG0001", "CG0002" });
        Assert.Equal(spec.Path, error.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("/project/settings.yaml", null)]
    [InlineData("/project/openapi.yaml", null)]
    [InlineData("/project/api.openapi.yaml", "false")]
    [InlineData("/project/api.openapi.yaml", " FALSE ")]
    public void Files_that_are_not_picked_up_are_ignored_entirely(string path, string? optIn)
    {
        GeneratorRunResult result = GeneratorRunner.Run(new SpecFile(path, "foo: bar\n", OptIn: optIn));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("/project/api.openapi.yaml", null)]
    [InlineData("/project/API.OPENAPI.YML", null)]
    [InlineData("/project/api.openapi.json", null)]
    [InlineData("/project/contract.yaml", "true")]
    [InlineData("/project/contract.yaml", "True")]
    public void Open_api_names_and_opted_in_files_generate_code(string path, string? optIn)
    {
        string text = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Mini\", \"version\": \"1\"}, \"paths\": {}}"
            : Minimal;

        GeneratorRunResult result = GeneratorRunner.Run(new SpecFile(path, text, OptIn: optIn));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Test.Project.MiniClient.g.cs");
    }

    // Regression: each spec's RegisterSourceOutput invocation has its own source collection, so a clash between two specs
    // surfaced only when Roslyn merged them, outside the generator (CS8785, all output lost). UniqueHintNames now drops the
    // later spec's clashing files and reports CG0006.
    [Fact]
    public void Two_documents_generating_the_same_types_report_CG0006_instead_of_failing()
    {
        GeneratorRunResult result = GeneratorRunner.Run(
            new SpecFile("/project/a/api.openapi.yaml", Minimal),
            new SpecFile("/project/b/api.openapi.yaml", Minimal));

        Assert.Null(result.Exception);
        Assert.Contains(result.Diagnostics, d => d.Id == "CG0006" && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(result.GeneratedSources.Length, result.GeneratedSources.Select(s => s.HintName).Distinct().Count());
    }

    [Fact]
    public void Per_file_metadata_and_the_root_namespace_reach_the_generator()
    {
        GeneratorRunResult withMetadata = GeneratorRunner.Run(new SpecFile("/project/api.openapi.yaml", Minimal, Namespace: " Contoso.Pets ", ClientName: "PetsApi"));
        GeneratorRunResult blankMetadata = GeneratorRunner.Run(new SpecFile("/project/api.openapi.yaml", Minimal, Namespace: "  ", ClientName: ""));
        GeneratorRunResult noRootNamespace = GeneratorRunner.Run(new[] { new SpecFile("/project/pet-store.openapi.yaml", Minimal) }, GeneratorRunner.ParseOptions(), rootNamespace: null);

        Assert.Contains(withMetadata.GeneratedSources, s => s.HintName == "Contoso.Pets.PetsApi.g.cs");
        Assert.Contains(blankMetadata.GeneratedSources, s => s.HintName == "Test.Project.MiniClient.g.cs");
        Assert.Contains(noRootNamespace.GeneratedSources, s => s.HintName == "PetStore.MiniClient.g.cs");
        Assert.Empty(withMetadata.Diagnostics.Concat(blankMetadata.Diagnostics).Concat(noRootNamespace.Diagnostics));
    }

    [Fact]
    public void An_invalid_namespace_in_metadata_is_reported_on_the_spec_and_falls_back()
    {
        var spec = new SpecFile("/project/api.openapi.yaml", Minimal, Namespace: "Not A Namespace");

        GeneratorRunResult result = GeneratorRunner.Run(spec);

        Assert.Null(result.Exception);
        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("CG0005", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(spec.Path, error.Location.GetLineSpan().Path);
        Assert.Contains("CodeGen_Namespace", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Test.Project.MiniClient.g.cs");
    }

    [Fact]
    public void Two_documents_with_their_own_namespaces_coexist()
    {
        GeneratorRunResult result = GeneratorRunner.Run(
            new SpecFile("/project/a/api.openapi.yaml", Minimal, Namespace: "Api.A"),
            new SpecFile("/project/b/api.openapi.yaml", Minimal, Namespace: "Api.B"));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Api.A.MiniClient.g.cs");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Api.B.MiniClient.g.cs");
    }
}
