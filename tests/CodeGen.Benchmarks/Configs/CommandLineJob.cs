using BenchmarkDotNet.Jobs;

namespace CodeGen.Benchmarks.Configs;

/// <summary>
/// <c>--job NAME</c> handled here instead of by BenchmarkDotNet, which would add that job next to the jobs a class
/// declares (so <c>--job dry</c> would still run the short jobs) and run it with the default in-process timeout,
/// which GitHub's description exceeds. The configs here use the requested job in place of their own, on
/// <see cref="BenchmarkToolchain.InProcess"/>.
/// </summary>
internal static class CommandLineJob
{
    private static readonly Dictionary<string, Job> s_known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dry"] = Job.Dry,
        ["short"] = Job.ShortRun,
        ["medium"] = Job.MediumRun,
        ["long"] = Job.LongRun,
        ["default"] = Job.Default,
    };

    /// <summary>The job named on the command line, if any.</summary>
    public static Job? Requested { get; private set; }

    /// <summary>Takes <c>--job NAME</c> (or <c>-j NAME</c>, <c>--job=NAME</c>) out of <paramref name="args"/>.</summary>
    public static string[] Extract(string[] args)
    {
        var rest = new List<string>(args.Length);
        for (int i = 0; i < args.Length; i++)
        {
            string? name = args[i] switch
            {
                "--job" or "-j" when i + 1 < args.Length => args[++i],
                var a when a.StartsWith("--job=", StringComparison.Ordinal) => a.Substring("--job=".Length),
                _ => null,
            };
            if (name is null)
            {
                rest.Add(args[i]);
            }
            else
            {
                Requested = s_known.TryGetValue(name, out Job? job)
                    ? job
                    : throw new ArgumentException($"Unknown job '{name}'; use one of: {string.Join(", ", s_known.Keys)}.");
            }
        }

        return rest.ToArray();
    }
}
