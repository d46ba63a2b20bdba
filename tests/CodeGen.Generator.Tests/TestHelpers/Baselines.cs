using System.Text;

namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>
/// Checked-in expected output, the System.Text.Json generator's way: <c>Baselines/{Case}/{HintName}.txt</c> in the source
/// tree. With <c>CODEGEN_UPDATE_BASELINES=1</c> the files are rewritten (and stale ones deleted) instead of compared.
/// </summary>
internal static class Baselines
{
    public const string UpdateVariable = "CODEGEN_UPDATE_BASELINES";

    public const string UpdateCommand = "CODEGEN_UPDATE_BASELINES=1 dotnet test tests/CodeGen.Generator.Tests --filter \"FullyQualifiedName~Baseline\"";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true";

    /// <summary>Compares (or, when updating, writes) every generated file of one case.</summary>
    /// <param name="testCase">The folder under <c>Baselines/</c>.</param>
    /// <param name="generated">Hint name to generated text.</param>
    public static void Verify(string testCase, IReadOnlyDictionary<string, string> generated)
    {
        string directory = RepoPaths.Baselines(testCase);
        if (Updating)
        {
            Update(directory, generated);
            return;
        }

        Assert.True(Directory.Exists(directory), $"No baselines at {directory}. Create them with: {UpdateCommand}");
        var expectedNames = Directory.EnumerateFiles(directory, "*.txt").Select(Path.GetFileName).Select(n => n!).ToHashSet(StringComparer.Ordinal);
        var actualNames = generated.Keys.Select(FileName).ToHashSet(StringComparer.Ordinal);
        string[] missing = actualNames.Except(expectedNames).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        string[] stale = expectedNames.Except(actualNames).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        var failures = new List<string>();
        if (missing.Length > 0)
        {
            failures.Add("Generated but no baseline: " + string.Join(", ", missing));
        }

        if (stale.Length > 0)
        {
            failures.Add("Baseline but no longer generated: " + string.Join(", ", stale));
        }

        foreach (KeyValuePair<string, string> file in generated.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            string path = Path.Combine(directory, FileName(file.Key));
            if (File.Exists(path) && FirstDifference(File.ReadAllText(path), file.Value) is { } difference)
            {
                failures.Add($"{file.Key}: {difference}");
            }
        }

        Assert.True(
            failures.Count == 0,
            $"Generated code differs from Baselines/{testCase} ({failures.Count} problem(s)). If the change is intended, run: {UpdateCommand}\n"
                + string.Join("\n", failures));
    }

    /// <summary>The first differing line (1-based) of two texts after line-ending normalization, or <see langword="null"/>.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        string[] expectedLines = Normalize(expected).Split('\n');
        string[] actualLines = Normalize(actual).Split('\n');
        int common = Math.Min(expectedLines.Length, actualLines.Length);
        for (int i = 0; i < common; i++)
        {
            if (!string.Equals(expectedLines[i], actualLines[i], StringComparison.Ordinal))
            {
                return $"line {i + 1} differs\n    expected: {expectedLines[i]}\n    actual:   {actualLines[i]}";
            }
        }

        if (expectedLines.Length != actualLines.Length)
        {
            return expectedLines.Length > actualLines.Length
                ? $"line {common + 1} missing (expected {expectedLines.Length} lines, got {actualLines.Length})\n    expected: {expectedLines[common]}"
                : $"extra line {common + 1} (expected {expectedLines.Length} lines, got {actualLines.Length})\n    actual:   {actualLines[common]}";
        }

        return null;
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FileName(string hintName) => hintName + ".txt";

    private static void Update(string directory, IReadOnlyDictionary<string, string> generated)
    {
        Directory.CreateDirectory(directory);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (KeyValuePair<string, string> file in generated)
        {
            string name = FileName(file.Key);
            File.WriteAllText(Path.Combine(directory, name), Normalize(file.Value), utf8);
            written.Add(name);
        }

        foreach (string path in Directory.EnumerateFiles(directory, "*.txt"))
        {
            if (!written.Contains(Path.GetFileName(path)))
            {
                File.Delete(path);
            }
        }
    }
}
