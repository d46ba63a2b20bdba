using CodeGen.Package.Tests.Infrastructure;

namespace CodeGen.Package.Tests.Downstream;

/// <summary>
/// The generator is a private build tool of the SDK. The app holds a file named like a spec
/// (<c>decoy.openapi.yaml</c>) and emits generated files to disk, so any run of the generator would show.
/// </summary>
[Collection(PackageScenarioCollection.Name)]
public sealed class GeneratorIsolationTests
{
    private readonly PackageScenario _scenario;

    public GeneratorIsolationTests(PackageScenario scenario) => _scenario = scenario;

    [Fact]
    public void The_app_restores_no_CodeGen_Generator_package()
    {
        string assets = File.ReadAllText(Path.Combine(_scenario.AppDirectory, "obj", "project.assets.json"));

        Assert.DoesNotContain("CodeGen.Generator", assets, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("CodeGen.Runtime", assets, StringComparison.Ordinal);
    }

    [Fact]
    public void No_generator_output_appears_in_the_app()
    {
        string generated = Path.Combine(_scenario.AppDirectory, "obj", "Release", "net10.0", "generated");

        Assert.False(
            Directory.Exists(generated) && Directory.EnumerateFiles(generated, "*.g.cs", SearchOption.AllDirectories).Any(f => f.Contains("CodeGen.Generator", StringComparison.Ordinal)),
            "the CodeGen generator ran in the app");
        Assert.DoesNotContain(_scenario.SecondAppBuild.Lines, l => l.Contains(" CG0", StringComparison.Ordinal));
    }

    [Fact]
    public void The_app_build_passes_no_CodeGen_analyzer_to_the_compiler()
    {
        string editorConfig = Directory.GetFiles(Path.Combine(_scenario.AppDirectory, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).First();

        // The package's props would have declared its item metadata visible to the compiler.
        Assert.DoesNotContain("CodeGen_", File.ReadAllText(editorConfig), StringComparison.Ordinal);
    }
}
