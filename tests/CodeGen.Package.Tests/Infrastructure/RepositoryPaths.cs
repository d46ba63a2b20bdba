namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>Where the repository and the machine's NuGet packages are.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string AigcVideoSpec => Path.Combine(Root, "spec", "aigc-video.openapi.yaml");

    public static string Templates => Path.Combine(AppContext.BaseDirectory, "Templates");

    /// <summary>The global packages folder the repository restored into; the consumers' only source besides the local feed.</summary>
    public static string GlobalPackagesFolder { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CodeGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CodeGen.sln above {AppContext.BaseDirectory}.");
    }
}
