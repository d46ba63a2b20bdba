using System.Diagnostics;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Conformance;

/// <summary>
/// The pinned third-party documents under <c>tests/corpora/.cache</c> (git-ignored). When the cache is missing the
/// corpus script fetches it with npm; when that fails the tests fail with the script's message, never skip.
/// </summary>
internal static class Corpus
{
    public const string OasExamplesFolder = "oas-examples-8.2.2";

    public const string GitHubDescription = "octokit-openapi-23.0.2/generated/api.github.com.json";

    private static readonly Lazy<string> s_cache = new(Fetch, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Script => Path.Combine(RepoPaths.Root, "tests", "corpora", "fetch.sh");

    /// <summary>The cache folder, fetched first if needed.</summary>
    public static string Cache => s_cache.Value;

    /// <summary>Every document of @readme/oas-examples, as paths relative to the package (e.g. <c>3.0/json/petstore.json</c>), sorted.</summary>
    public static IReadOnlyList<string> OasExamples()
    {
        string root = Path.Combine(Cache, OasExamplesFolder);
        return new[] { "2.0", "3.0", "3.1" }
            .SelectMany(version => Directory.EnumerateFiles(Path.Combine(root, version), "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
    }

    public static string OasExample(string relativePath) => Path.Combine(Cache, OasExamplesFolder, relativePath);

    private static string Fetch()
    {
        string cache = Path.Combine(RepoPaths.Root, "tests", "corpora", ".cache");
        bool complete = File.Exists(Path.Combine(cache, OasExamplesFolder, ".complete"))
            && File.Exists(Path.Combine(cache, GitHubDescription));
        if (complete)
        {
            return cache;
        }

        var start = new ProcessStartInfo("bash", new[] { Script })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new InvalidOperationException($"The conformance corpus is missing and {Script} could not run ({exception.Message}). Run it by hand (it needs bash and npm) to fill {cache}.", exception);
        }

        using (process)
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            string errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The conformance corpus is missing and {Script} failed (exit {process.ExitCode}): {errors.Trim()} {output.Result.Trim()}");
            }
        }

        return cache;
    }
}
