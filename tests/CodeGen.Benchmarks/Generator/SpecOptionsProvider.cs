using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// What MSBuild would pass for an AdditionalFile: the namespace and an explicit opt-in, so documents not named
/// <c>*.openapi.*</c> are read too. Every AdditionalFile gets the same metadata.
/// </summary>
internal sealed class SpecOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _perFile;

    public SpecOptionsProvider(string @namespace)
    {
        _perFile = new Options(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.CodeGen_Namespace"] = @namespace,
            ["build_metadata.AdditionalFiles.CodeGen_OpenApi"] = "true",
        });
        GlobalOptions = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = @namespace });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _perFile;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
