using System.Reflection.PortableExecutable;
using CodeGen.Package.Tests.Infrastructure;

namespace CodeGen.Package.Tests.Layout;

/// <summary>CodeGen.Generator is analyzer-only: the generator and its parser closure, and nothing the compiler owns.</summary>
[Collection(PackageScenarioCollection.Name)]
public sealed class GeneratorPackageTests
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";
    private readonly Nupkg _package;

    public GeneratorPackageTests(PackageScenario scenario) => _package = new Nupkg(scenario.GeneratorPackage);

    [Fact]
    public void The_generator_and_its_parser_closure_are_under_analyzers_dotnet_cs()
    {
        string[] analyzers = _package.Entries.Where(e => e.StartsWith(AnalyzerFolder, StringComparison.Ordinal)).Select(e => e[AnalyzerFolder.Length..]).ToArray();

        Assert.Contains("CodeGen.Generator.dll", analyzers);
        Assert.Contains("Microsoft.OpenApi.dll", analyzers);
        Assert.Contains("Microsoft.OpenApi.YamlReader.dll", analyzers);
        Assert.Contains("SharpYaml.dll", analyzers);
        Assert.Contains("System.Text.Json.dll", analyzers);
    }

    [Fact]
    public void No_compiler_owned_assembly_ships()
    {
        Assert.DoesNotContain(_package.Entries, e =>
            Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
            || Path.GetFileName(e) is "System.Collections.Immutable.dll" or "System.Reflection.Metadata.dll");
    }

    [Fact]
    public void Nothing_is_a_compile_reference()
    {
        Assert.DoesNotContain(_package.Entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Empty(_package.DependencyIds);
    }

    [Fact]
    public void Props_and_targets_ship_in_build_and_buildTransitive()
    {
        foreach (string folder in new[] { "build/", "buildTransitive/" })
        {
            Assert.Contains(folder + "CodeGen.Generator.props", _package.Entries);
            Assert.Contains(folder + "CodeGen.Generator.targets", _package.Entries);
        }
    }

    [Fact]
    public void The_props_declare_the_per_file_options_and_the_default_glob_with_its_switch()
    {
        string props = _package.ReadText("buildTransitive/CodeGen.Generator.props");

        foreach (string option in new[] { "CodeGen_Namespace", "CodeGen_ClientName", "CodeGen_OpenApi", "CodeGen_GroupByTag", "CodeGen_DateType",
            "CodeGen_IncludeTags", "CodeGen_ExcludeTags", "CodeGen_IncludeOperations", "CodeGen_ExcludeOperations", "CodeGen_IncludePaths", "CodeGen_ExcludePaths" })
        {
            Assert.Contains($"<CompilerVisibleItemMetadata Include=\"AdditionalFiles\" MetadataName=\"{option}\" />", props, StringComparison.Ordinal);
        }

        Assert.Contains("**/*.openapi.yaml;**/*.openapi.yml;**/*.openapi.json", props, StringComparison.Ordinal);
        Assert.Contains("CodeGen_EnableDefaultOpenApiItems", props, StringComparison.Ordinal);
    }

    [Fact]
    public void It_is_a_development_dependency_with_full_metadata()
    {
        Assert.Equal("true", _package.Metadata("developmentDependency"));
        PackageMetadataAssert.Complete(_package);
    }

    [Fact]
    public void The_generator_dll_embeds_its_symbols_and_is_reproducible()
    {
        DebugDirectoryEntryType[] entries = _package.DebugEntries(AnalyzerFolder + "CodeGen.Generator.dll");

        Assert.Contains(DebugDirectoryEntryType.EmbeddedPortablePdb, entries);
        Assert.Contains(DebugDirectoryEntryType.Reproducible, entries);
    }

    [Fact]
    public void The_generator_xml_docs_ship_next_to_it()
        => Assert.Contains(AnalyzerFolder + "CodeGen.Generator.xml", _package.Entries);
}
