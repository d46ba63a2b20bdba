using System.Collections.Immutable;
using System.Text.Json;
using CodeGen.Generator.Tests.TestHelpers;
using CodeGen.Runtime.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Validation;

/// <summary>
/// Generates a client for a small document, checks the output compiles with no warning, loads it into a collectible
/// context and runs the generated validation of values read from JSON. CodeGen.Runtime comes from the default context,
/// so the errors are the test's own <see cref="ValidationError"/> type.
/// </summary>
internal sealed class ValidationHarness : IDisposable
{
    public const string Namespace = "Validation.Tests";

    private readonly LoadedGeneratedCode _code;

    public ValidationHarness(string yaml, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        // Strings for `date`/`time`, as netstandard2.0 gets them: their format checks are what is tested here (a DateOnly
        // cannot hold an invalid date, so the check only exists for strings).
        var spec = new SpecFile("/v/validation.openapi.yaml", yaml, Namespace: Namespace, ClientName: "ValidationClient")
        {
            ExtraMetadata = new Dictionary<string, string> { [global::CodeGen.Generator.Pipeline.SpecInputReader.DateTypeMetadata] = "string" },
        };
        _code = new LoadedGeneratedCode(
            "CodeGen.Generator.Tests.Validation", new[] { spec }, Namespace, "ValidationClientJsonTypeInfoResolver", warningsAreErrors: true, GeneratorRunner.ParseOptions(languageVersion));
    }

    /// <summary>What the generator reported about the document.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => _code.GeneratorDiagnostics;

    public IReadOnlyDictionary<string, string> GeneratedSources => _code.Sources;

    public Type Type(string name) => _code.Type(name);

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/>; the converters do not validate constraints.</summary>
    public object Read(string typeName, string json) => JsonSerializer.Deserialize(json, Type(typeName), _code.Options)!;

    /// <summary>The errors the generated validation finds in <paramref name="json"/> read as <paramref name="typeName"/>.</summary>
    public IReadOnlyList<ValidationError> Errors(string typeName, string json) => Errors(Read(typeName, json));

    public static IReadOnlyList<ValidationError> Errors(object value)
    {
        var collector = new ValidationCollector();
        // The object overload: a record with nothing to check does not implement IValidatable and adds no error.
        collector.Collect(value);
        return collector.Errors;
    }

    /// <summary>A copy-free way to break a record: set an init-only member the JSON reader would refuse to leave null.</summary>
    public static object With(object value, string property, object? member)
    {
        value.GetType().GetProperty(property)!.SetValue(value, member);
        return value;
    }

    /// <summary>One line per error, <c>path rule limit</c>, for compact assertions.</summary>
    public static string[] Describe(IEnumerable<ValidationError> errors)
        => errors.Select(e => e.Limit is null ? $"{e.Path} {e.Rule}" : $"{e.Path} {e.Rule} {e.Limit}").ToArray();

    public void Dispose() => _code.Dispose();
}
