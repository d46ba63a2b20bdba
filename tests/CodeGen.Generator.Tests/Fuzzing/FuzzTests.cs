using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CodeGen.Generator.Tests.TestHelpers;
using Xunit.Abstractions;

namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>
/// A seeded mutation fuzzer over the seed documents. The default run is a few thousand cases (a few minutes on two
/// cores); <c>CODEGEN_FUZZ_CASES</c> and <c>CODEGEN_FUZZ_SEED</c> run a longer or different campaign. A failing case
/// is minimized and written to <c>fuzz-failures/</c> in the test output folder: copy it to Fuzzing/Regressions with a
/// comment saying what broke, fix the generator, and it is checked on every run from then on.
/// </summary>
[Collection(TestHelpers.MachineWideTests.Name)]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 2000;
    private const int DefaultSeed = 20_240_601;

    public static TheoryData<string> Regressions()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(RegressionDirectory).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string RegressionDirectory => Path.Combine(RepoPaths.TestProject, "Fuzzing", "Regressions");

    [Fact]
    public void Mutated_documents_never_break_the_build()
    {
        int cases = Setting("CODEGEN_FUZZ_CASES", DefaultCases);
        int seed = Setting("CODEGEN_FUZZ_SEED", DefaultSeed);
        var failures = new ConcurrentBag<(FuzzCase Case, string Failure)>();
        var stopwatch = Stopwatch.StartNew();

        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            FuzzCase fuzzCase = FuzzCaseFactory.Create(seed, index);
            if (FuzzOracle.Check(fuzzCase.Files) is { } failure)
            {
                failures.Add((fuzzCase, failure));
            }
        });

        string summary = string.Create(CultureInfo.InvariantCulture, $"Fuzz: {cases} cases (seed {seed}, {FuzzSeeds.All.Count} seed documents) in {stopwatch.Elapsed.TotalSeconds:F1} s ({FuzzOracle.Timing()}), {failures.Count} failing.");
        output.WriteLine(summary);
        Console.WriteLine(summary);

        // dotnet test hides the output of passing tests; .ci/run prints this file so the CI log shows the case count.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "fuzz-summary.txt"), summary + "\n");
        Assert.True(failures.IsEmpty, summary + "\n" + string.Join("\n\n", failures.OrderBy(f => f.Case.Index).Take(5).Select(Report)));
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void A_minimized_fuzz_failure_stays_fixed(string fileName)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(RegressionDirectory, fileName));
        string path = "/fuzz/" + (fileName.EndsWith(".json", StringComparison.Ordinal) ? "regression.openapi.json" : "regression.openapi.yaml");

        string? failure = FuzzOracle.Check(new[] { new FuzzFile(path, bytes) });

        Assert.True(failure is null, failure);
    }

    private string Report((FuzzCase Case, string Failure) failed)
    {
        FuzzFile file = failed.Case.Files[0];
        // A hang takes the full timeout per attempt: too slow to minimize here.
        byte[] minimized = failed.Case.Files.Count == 1 && !failed.Failure.StartsWith("hang", StringComparison.Ordinal) && !failed.Failure.StartsWith("slow", StringComparison.Ordinal) ? FuzzMinimizer.Minimize(file, f => FuzzOracle.Check(new[] { f }), failed.Failure) : file.Bytes;
        string directory = Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
        Directory.CreateDirectory(directory);
        string saved = Path.Combine(directory, "case" + failed.Case.Index.ToString(CultureInfo.InvariantCulture) + Path.GetExtension(file.Path));
        File.WriteAllBytes(saved, minimized);
        string text = System.Text.Encoding.UTF8.GetString(minimized);
        output.WriteLine($"case {failed.Case.Index} saved to {saved}");
        return $"case {failed.Case.Index}: {failed.Case.Description}\n  {Truncate(failed.Failure, 1500)}\n  minimized ({minimized.Length} bytes, {saved}):\n{Truncate(text, 1500)}";
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + "…";

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
