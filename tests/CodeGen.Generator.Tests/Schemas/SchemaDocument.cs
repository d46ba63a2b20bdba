using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>
/// The code generated for <c>Schemas/TestData/schemas.openapi.yaml</c>, checked to compile with no warnings, then
/// loaded into a collectible context so tests can run its converters through <c>JsonSerializer</c>.
/// </summary>
public sealed class SchemaDocument : IDisposable
{
    public const string Namespace = "Schemas.Client";

    private readonly LoadedGeneratedCode _code;

    public SchemaDocument()
    {
        _code = new LoadedGeneratedCode("CodeGen.Generator.Tests.Schemas", new[] { File() }, Namespace, "SchemasClientJsonTypeInfoResolver", warningsAreErrors: true);
        Assert.Empty(_code.DriverDiagnostics);
    }

    public static string PathOnDisk => Path.Combine(RepoPaths.TestProject, "Schemas", "TestData", "schemas.openapi.yaml");

    internal static SpecFile File() => new("/repo/tests/schemas.openapi.yaml", System.IO.File.ReadAllText(PathOnDisk), Namespace: Namespace);

    public Assembly Assembly => _code.Assembly;

    public ImmutableArray<Diagnostic> GeneratorDiagnostics => _code.GeneratorDiagnostics;

    public IReadOnlyDictionary<string, string> Sources => _code.Sources;

    /// <summary>Options whose only resolver is the generated one: no reflection fallback.</summary>
    public JsonSerializerOptions Options => _code.Options;

    public Type Type(string name) => _code.Type(name);

    public object? Deserialize(string json, string typeName) => _code.Deserialize(json, typeName);

    public string Serialize(object? value, string typeName) => _code.Serialize(value, typeName);

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/>, writes it back and checks the JSON is the same; returns the value.</summary>
    public object RoundTrip(string json, string typeName) => _code.RoundTrip(json, typeName);

    /// <summary>Calls a public instance member (property, or method with out parameter) by name.</summary>
    public static object? Get(object target, string property) => LoadedGeneratedCode.Get(target, property);

    public static (bool Found, object? Value) TryGet(object target, string variant)
    {
        object?[] arguments = { null };
        bool found = (bool)target.GetType().GetMethod("TryGet" + variant)!.Invoke(target, arguments)!;
        return (found, arguments[0]);
    }

    public void Dispose() => _code.Dispose();
}
