using CodeGen.Package.Tests.Infrastructure;

namespace CodeGen.Package.Tests.Layout;

/// <summary>What every CodeGen package's nuspec must carry for nuget.org and for users.</summary>
internal static class PackageMetadataAssert
{
    public static void Complete(Nupkg package)
    {
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("description")));
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("authors")));
        Assert.Equal("MIT", package.Metadata("license"));
        Assert.Equal("README.md", package.Metadata("readme"));
        Assert.Contains("README.md", package.Entries);
        Assert.Contains("OpenAPI", package.ReadText("README.md"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("projectUrl")));
        Assert.False(string.IsNullOrWhiteSpace((string?)package.MetadataElement("repository")?.Attribute("url")));
        Assert.False(string.IsNullOrWhiteSpace(package.Metadata("tags")));
    }
}
