namespace CodeGen.Benchmarks.Configs;

/// <summary>
/// BenchmarkDotNet adds a job given on the command line (<c>--job dry</c>) to the jobs a class's config declares
/// rather than replacing them. So that a quick check runs only the quick job, the configs here declare theirs only
/// when the command line names none.
/// </summary>
internal static class CommandLineJob
{
    public static bool IsGiven { get; private set; }

    public static void Detect(IEnumerable<string> args)
        => IsGiven = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));

    /// <summary>
    /// A command-line job runs in-process like the declared ones: out of process, BenchmarkDotNet would build a
    /// project inside this repository (inheriting its warnings-as-errors), which on two cores can exceed its
    /// two-minute build timeout.
    /// </summary>
    public static string[] InProcess(string[] args)
        => IsGiven && !args.Any(a => a is "--inProcess" or "-i") ? args.Append("--inProcess").ToArray() : args;
}
