namespace CodeGen.Benchmarks.Inputs;

/// <summary>Where the benchmarks find the repository's files and the fetched third-party specs.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string AigcVideoSpec => Path.Combine(Root, "spec", "aigc-video.openapi.yaml");

    /// <summary>Filled by <c>tests/CodeGen.Benchmarks/fetch-specs.sh</c>; git-ignored.</summary>
    public static string SpecCache => Path.Combine(Root, "tests", "CodeGen.Benchmarks", ".cache", "specs");

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CodeGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: no CodeGen.sln above " + AppContext.BaseDirectory);
    }
}
