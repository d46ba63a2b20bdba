using System.Reflection.PortableExecutable;
using CodeGen.Package.Tests.Infrastructure;

namespace CodeGen.Package.Tests.Layout;

/// <summary>CodeGen.Runtime is a normal library for netstandard2.0 and net8.0, with docs and symbols.</summary>
[Collection(PackageScenarioCollection.Name)]
public sealed class RuntimePackageTests
{
    private readonly Nupkg _package;

    public RuntimePackageTests(PackageScenario scenario) => _package = new Nupkg(scenario.RuntimePackage);

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net8.0")]
    public void Each_target_has_the_library_and_its_xml_docs(string framework)
    {
        Assert.Contains($"lib/{framework}/CodeGen.Runtime.dll", _package.Entries);
        Assert.Contains($"lib/{framework}/CodeGen.Runtime.xml", _package.Entries);
        Assert.Contains(DebugDirectoryEntryType.EmbeddedPortablePdb, _package.DebugEntries($"lib/{framework}/CodeGen.Runtime.dll"));
        Assert.Contains(DebugDirectoryEntryType.Reproducible, _package.DebugEntries($"lib/{framework}/CodeGen.Runtime.dll"));
    }

    [Fact]
    public void It_ships_no_analyzer_and_does_not_depend_on_the_parser()
    {
        Assert.DoesNotContain(_package.Entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
        Assert.DoesNotContain(_package.DependencyIds, id => id.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal));
    }

    [Fact]
    public void It_is_a_normal_dependency_with_full_metadata()
    {
        Assert.Null(_package.Metadata("developmentDependency"));
        PackageMetadataAssert.Complete(_package);
    }
}
