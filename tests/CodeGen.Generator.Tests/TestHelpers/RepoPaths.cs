namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>Finds files in the source tree (not the build output), so tests read the real spec and write baselines in place.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root: the first ancestor of the test binaries holding <c>spec/</c> and <c>Directory.Packages.props</c>.</summary>
    public static string Root => s_root.Value;

    public static string AigcVideoSpec => Path.Combine(Root, "spec", "aigc-video.openapi.yaml");

    public static string TestProject => Path.Combine(Root, "tests", "CodeGen.Generator.Tests");

    public static string Baselines(string testCase) => Path.Combine(TestProject, "Baselines", testCase);

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            bool hasSolution = directory.EnumerateFiles("CodeGen.sln").Any();
            bool hasSpecAndProps = Directory.Exists(Path.Combine(directory.FullName, "spec"))
                && File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props"));
            if (hasSolution || hasSpecAndProps)
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (CodeGen.sln, or spec/ with Directory.Packages.props) above '{AppContext.BaseDirectory}'.");
    }
}
