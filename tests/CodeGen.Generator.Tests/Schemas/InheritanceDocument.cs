using System.Collections.Immutable;
using System.Text.Json;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>
/// The code generated for <c>Schemas/TestData/inheritance.openapi.yaml</c>, compiled with no warnings at the latest
/// language version and loaded so tests can read and write through its converters with only the generated resolver.
/// </summary>
public sealed class InheritanceDocument : IDisposable
{
    public const string Namespace = "Inheritance.Client";

    private readonly LoadedGeneratedCode _code;

    public InheritanceDocument()
        : this(LanguageVersion.Latest)
    {
    }

    private InheritanceDocument(LanguageVersion version)
    {
        _code = new LoadedGeneratedCode("CodeGen.Generator.Tests.Inheritance." + version, new[] { File() }, Namespace, "InheritanceClientJsonTypeInfoResolver", warningsAreErrors: true, GeneratorRunner.ParseOptions(version));
        Assert.DoesNotContain(_code.DriverDiagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id == "CG0007");
    }

    /// <summary>The same document compiled (warnings as errors) and loaded at another language version.</summary>
    public static InheritanceDocument At(LanguageVersion version) => new(version);

    internal static SpecFile File()
        => new("/repo/tests/inheritance.openapi.yaml", System.IO.File.ReadAllText(Path.Combine(RepoPaths.TestProject, "Schemas", "TestData", "inheritance.openapi.yaml")), Namespace: Namespace);

    public ImmutableArray<Diagnostic> GeneratorDiagnostics => _code.GeneratorDiagnostics;

    public IReadOnlyDictionary<string, string> Sources => _code.Sources;

    public JsonSerializerOptions Options => _code.Options;

    public Type Type(string name) => _code.Type(name);

    public object? Deserialize(string json, string typeName) => _code.Deserialize(json, typeName);

    public string Serialize(object? value, string typeName) => _code.Serialize(value, typeName);

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/>, writes it back and checks the JSON is the same; returns the value.</summary>
    public object RoundTrip(string json, string typeName) => _code.RoundTrip(json, typeName);

    public static object? Get(object target, string property) => LoadedGeneratedCode.Get(target, property);

    public void Dispose() => _code.Dispose();
}
