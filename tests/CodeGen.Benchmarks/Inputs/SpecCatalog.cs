namespace CodeGen.Benchmarks.Inputs;

/// <summary>
/// The documents the generator benchmarks run over. The third-party ones come from pinned npm packages through
/// <c>fetch-specs.sh</c>; without that cache they are skipped, with a message, rather than failing the run.
/// </summary>
internal static class SpecCatalog
{
    public const string AigcVideo = "aigc-video";
    public const string Petstore = "petstore";
    public const string StarTrek = "star-trek";
    public const string GitHub = "github";

    private static readonly Lazy<IReadOnlyList<BenchmarkSpec>> s_all = new(Create);
    private static int s_reportedMissing;

    public static IReadOnlyList<BenchmarkSpec> All => s_all.Value;

    /// <summary>The names of the documents present on disk, for <c>[ParamsSource]</c>.</summary>
    public static IEnumerable<string> AvailableNames(params string[] only)
    {
        ReportMissingOnce();
        return All.Where(s => s.IsAvailable && (only.Length == 0 || only.Contains(s.Name))).Select(s => s.Name);
    }

    public static BenchmarkSpec Get(string name) => All.Single(s => s.Name == name);

    private static void ReportMissingOnce()
    {
        if (Interlocked.Exchange(ref s_reportedMissing, 1) != 0)
        {
            return;
        }

        foreach (BenchmarkSpec missing in All.Where(s => !s.IsAvailable))
        {
            Console.WriteLine($"// SKIPPED spec '{missing.Name}' ({missing.Source}): {missing.FilePath} is absent. Run tests/CodeGen.Benchmarks/fetch-specs.sh to fetch it.");
        }
    }

    private static IReadOnlyList<BenchmarkSpec> Create()
    {
        string cache = RepositoryPaths.SpecCache;
        return new[]
        {
            new BenchmarkSpec(AigcVideo, RepositoryPaths.AigcVideoSpec, "spec/aigc-video.openapi.yaml"),
            new BenchmarkSpec(Petstore, Path.Combine(cache, "petstore.json"), "npm @readme/oas-examples@8.2.2, 3.0/json/petstore.json"),
            new BenchmarkSpec(StarTrek, Path.Combine(cache, "star-trek.json"), "npm @readme/oas-examples@8.2.2, 3.0/json/star-trek.json"),
            new BenchmarkSpec(GitHub, Path.Combine(cache, "api.github.com.json"), "npm @octokit/openapi@23.0.2, generated/api.github.com.json"),
        };
    }
}
