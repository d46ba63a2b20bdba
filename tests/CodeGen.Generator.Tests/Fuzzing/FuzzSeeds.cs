using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>
/// The documents the fuzzer mutates: the aigc-video spec and every <c>*.openapi.yaml|yml|json</c> under
/// Fuzzing/Seeds. Drop a file there (for example a conformance corpus) and the next campaign uses it.
/// </summary>
internal static class FuzzSeeds
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> s_all = new(Load);
    private static readonly Lazy<IReadOnlyList<System.Text.Json.Nodes.JsonNode>> s_trees = new(() => All.Select(s => DocumentTree.Read(s.Text)).ToArray());

    public static IReadOnlyList<(string Name, string Text)> All => s_all.Value;

    /// <summary>The seeds read once; callers mutate a deep clone.</summary>
    public static IReadOnlyList<System.Text.Json.Nodes.JsonNode> Trees => s_trees.Value;

    public static string Directory => Path.Combine(RepoPaths.TestProject, "Fuzzing", "Seeds");

    private static IReadOnlyList<(string Name, string Text)> Load()
    {
        var seeds = new List<(string, string)> { ("aigc-video.openapi.yaml", File.ReadAllText(RepoPaths.AigcVideoSpec)) };
        foreach (string file in System.IO.Directory.EnumerateFiles(Directory).Where(IsSpec).OrderBy(f => f, StringComparer.Ordinal))
        {
            seeds.Add((Path.GetFileName(file), File.ReadAllText(file)));
        }

        return seeds;
    }

    private static bool IsSpec(string path)
        => path.EndsWith(".openapi.yaml", StringComparison.Ordinal) || path.EndsWith(".openapi.yml", StringComparison.Ordinal) || path.EndsWith(".openapi.json", StringComparison.Ordinal);
}
