using CodeGen.Package.Tests.Infrastructure;

namespace CodeGen.Package.Tests.Downstream;

/// <summary>An SDK built on the packages ships its own DLL and a dependency on the runtime, never the generator.</summary>
[Collection(PackageScenarioCollection.Name)]
public sealed class SdkPackageTests
{
    private readonly PackageScenario _scenario;

    public SdkPackageTests(PackageScenario scenario) => _scenario = scenario;

    [Fact]
    public void The_sdk_depends_on_the_runtime_and_not_on_the_generator()
    {
        var sdk = new Nupkg(_scenario.SdkPackage(PackageScenario.FirstSdkVersion));

        Assert.Equal(new[] { "CodeGen.Runtime" }, sdk.DependencyIds);
        Assert.Contains("lib/netstandard2.0/Acme.Video.Sdk.dll", sdk.Entries);
        Assert.DoesNotContain(sdk.Entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.Contains("CodeGen.Generator", StringComparison.Ordinal));
    }

    [Fact]
    public void A_netstandard2_0_sdk_in_CSharp_9_builds_with_the_generated_client_and_no_warning()
    {
        Assert.DoesNotContain(_scenario.FirstSdkPack.Lines, l => l.Contains(": warning ", StringComparison.Ordinal));
        Assert.Contains("lib/netstandard2.0/Acme.Video.Sdk.xml", new Nupkg(_scenario.SdkPackage(PackageScenario.FirstSdkVersion)).Entries);
    }

    [Fact]
    public void The_spec_was_picked_up_by_the_package_default_glob()
    {
        // The SDK project only sets metadata with Update; the item itself must have come from the package's props.
        string editorConfig = Directory.GetFiles(_scenario.Workspace.PathOf("sdk", "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).First();

        Assert.Contains("build_metadata.AdditionalFiles.CodeGen_Namespace = Acme.Video", File.ReadAllText(editorConfig), StringComparison.Ordinal);
    }
}
