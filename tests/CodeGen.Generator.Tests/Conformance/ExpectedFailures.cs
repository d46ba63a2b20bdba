using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Conformance;

/// <summary>
/// The checked-in list of corpus documents known to fail (<c>expected-failures.txt</c>): one document per line, then
/// <c>#</c> and a one-line reason. Blank lines and lines starting with <c>#</c> are comments.
/// </summary>
internal static class ExpectedFailures
{
    public static string FilePath => Path.Combine(RepoPaths.TestProject, "Conformance", "expected-failures.txt");

    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_entries = new(Load);

    /// <summary>Document (relative to its corpus) to reason.</summary>
    public static IReadOnlyDictionary<string, string> Entries => s_entries.Value;

    private static IReadOnlyDictionary<string, string> Load()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string raw in File.ReadAllLines(FilePath))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int hash = line.IndexOf('#');
            string document = (hash < 0 ? line : line[..hash]).Trim();
            string reason = hash < 0 ? string.Empty : line[(hash + 1)..].Trim();
            if (reason.Length == 0)
            {
                throw new InvalidOperationException($"{FilePath}: '{document}' has no reason; write one after '#'.");
            }

            if (!entries.TryAdd(document, reason))
            {
                throw new InvalidOperationException($"{FilePath}: '{document}' is listed twice.");
            }
        }

        return entries;
    }
}
