using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>
/// Decides whether one case broke the promise "the generator never breaks a build": no exception, no internal error
/// (CS8785, CG0007), every diagnostic located in a spec, and either code that compiles or an error of ours that says why.
/// </summary>
internal static class FuzzOracle
{
    /// <summary>A hang detector, not a performance bound: a healthy case takes well under a second.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // One compilation of the references, shared by every case: only the generated trees are added to it.
    private static readonly CSharpCompilation s_empty = GeneratorRunner.CreateCompilation(Array.Empty<SyntaxTree>());

    private static long s_generateTicks;
    private static long s_compileTicks;
    // Distinct outputs, not compilations: two parallel cases with the same output may both compile it, so a count of
    // compilations changes from run to run while the set of outputs does not.
    private static readonly ConcurrentDictionary<string, byte> s_distinctOutputs = new(StringComparer.Ordinal);

    /// <summary>Where the time went, for the campaign summary.</summary>
    public static string Timing()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"generator {TimeSpan.FromTicks(Interlocked.Read(ref s_generateTicks)).TotalSeconds:F0} s, compiling {s_distinctOutputs.Count} distinct outputs {TimeSpan.FromTicks(Interlocked.Read(ref s_compileTicks)).TotalSeconds:F0} s (CPU time over all threads)");

    /// <summary>The failure, or <see langword="null"/> when the case passed.</summary>
    public static string? Check(IReadOnlyList<FuzzFile> files)
    {
        Task<(GeneratorRunResult Result, string? Failure)> generate = Task.Run(() => Generate(files));
        if (!generate.Wait(Timeout))
        {
            return $"hang: the generator gave no result within {Timeout.TotalSeconds} s";
        }

        if (generate.Result.Failure is { } failure)
        {
            return failure.Length == 0 ? null : failure;
        }

        // Compiling is the oracle's own work, timed separately so that a slow compile is not blamed on the generator.
        Task<string?> compile = Task.Run(() => Compile(generate.Result.Result));
        return compile.Wait(Timeout) ? compile.Result : $"slow compile: the generated code took over {Timeout.TotalSeconds} s to compile";
    }

    private static (GeneratorRunResult Result, string? Failure) Generate(IReadOnlyList<FuzzFile> files)
    {
        CSharpParseOptions parseOptions = GeneratorRunner.ParseOptions();
        var global = new Dictionary<string, string> { [SpecInputReader.RootNamespaceProperty] = GeneratorRunner.DefaultRootNamespace };
        var perFile = files.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)Metadata(f));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new BytesAdditionalText(f.Path, f.Bytes)),
            parseOptions,
            new TestOptionsProvider(global, perFile));

        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        driver = driver.RunGenerators(s_empty);
        Interlocked.Add(ref s_generateTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            return (result, $"exception: {exception}");
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Id is "CS8785" or "CG0007") is { } internalError)
        {
            return (result, $"internal error: {internalError}");
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Location.Kind != LocationKind.ExternalFile || !files.Any(f => f.Path == d.Location.GetLineSpan().Path)) is { } unlocated)
        {
            return (result, $"diagnostic not located in a spec: {unlocated}");
        }

        // An error of ours explains a failing build; an empty string marks "explained, nothing to compile".
        bool explained = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CG", StringComparison.Ordinal));
        return (result, explained ? string.Empty : null);
    }

    // Outputs already compiled cleanly, by content: many mutations (docs, extensions, servers) leave the code unchanged.
    private static readonly ConcurrentDictionary<string, bool> s_compiledClean = new(StringComparer.Ordinal);

    private static string? Compile(GeneratorRunResult result)
    {
        string key = Hash(result.GeneratedSources);
        if (s_compiledClean.ContainsKey(key))
        {
            return null;
        }

        long started;

        started = System.Diagnostics.Stopwatch.GetTimestamp();
        ImmutableArray<Diagnostic> compile = s_empty.AddSyntaxTrees(result.GeneratedSources.Select(s => s.SyntaxTree)).GetDiagnostics();
        Interlocked.Add(ref s_compileTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
        s_distinctOutputs.TryAdd(key, 0);
        Diagnostic[] errors = compile.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length == 0)
        {
            s_compiledClean[key] = true;
            return null;
        }

        return $"generated code does not compile and no CG error explains it: {string.Join(" | ", errors.Take(5))}";
    }

    private static string Hash(ImmutableArray<GeneratedSourceResult> sources)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (GeneratedSourceResult source in sources)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(source.HintName + "\0" + source.SourceText + "\0"));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static Dictionary<string, string> Metadata(FuzzFile file)
    {
        var metadata = new Dictionary<string, string>();
        if (file.Namespace is not null)
        {
            metadata[SpecInputReader.NamespaceMetadata] = file.Namespace;
        }

        if (file.ClientName is not null)
        {
            metadata[SpecInputReader.ClientNameMetadata] = file.ClientName;
        }

        return metadata;
    }

    /// <summary>An AdditionalFile decoded from bytes the way a build decodes a file: invalid UTF-8 becomes U+FFFD.</summary>
    private sealed class BytesAdditionalText(string path, byte[] bytes) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(bytes, bytes.Length, Encoding.UTF8, canBeEmbedded: false);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
