using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>
/// The code generated for <c>Schemas/TestData/schemas.openapi.yaml</c>, checked to compile with no warnings, then
/// loaded into a collectible context so tests can run its converters through <c>JsonSerializer</c>.
/// </summary>
public sealed class SchemaDocument : IDisposable
{
    public const string Namespace = "Schemas.Client";

    private readonly AssemblyLoadContext _context = new("CodeGen.Generator.Tests.Schemas", isCollectible: true);

    public SchemaDocument()
    {
        var (result, output, driverDiagnostics) = GeneratorRunner.RunWithCompilation(new[] { File() });
        Assert.Null(result.Exception);
        Assert.Empty(driverDiagnostics);
        GeneratorDiagnostics = result.Diagnostics;
        Sources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        ImmutableArray<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        Assert.True(problems.IsEmpty, $"{problems.Length} compiler diagnostic(s):\n" + string.Join("\n", problems.Take(30)));
        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        Assembly = _context.LoadFromStream(image);
        object resolver = Type("SchemasClientJsonTypeInfoResolver").GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Options = new JsonSerializerOptions { TypeInfoResolver = (IJsonTypeInfoResolver)resolver };
    }

    public static string PathOnDisk => Path.Combine(RepoPaths.TestProject, "Schemas", "TestData", "schemas.openapi.yaml");

    internal static SpecFile File() => new("/repo/tests/schemas.openapi.yaml", System.IO.File.ReadAllText(PathOnDisk), Namespace: Namespace);

    public Assembly Assembly { get; }

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>Options whose only resolver is the generated one: no reflection fallback.</summary>
    public JsonSerializerOptions Options { get; }

    public Type Type(string name)
        => Assembly.GetType(Namespace + "." + name) ?? throw new Xunit.Sdk.XunitException($"No generated type {Namespace}.{name}");

    public object? Deserialize(string json, string typeName) => JsonSerializer.Deserialize(json, Type(typeName), Options);

    public string Serialize(object? value, string typeName) => JsonSerializer.Serialize(value, Type(typeName), Options);

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/>, writes it back and checks the JSON is the same; returns the value.</summary>
    public object RoundTrip(string json, string typeName)
    {
        object? value = Deserialize(json, typeName);
        Assert.NotNull(value);
        string written = Serialize(value, typeName);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"Wrote {written} for {json}");
        return value;
    }

    /// <summary>Calls a public instance member (property, or method with out parameter) by name.</summary>
    public static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    public static (bool Found, object? Value) TryGet(object target, string variant)
    {
        object?[] arguments = { null };
        bool found = (bool)target.GetType().GetMethod("TryGet" + variant)!.Invoke(target, arguments)!;
        return (found, arguments[0]);
    }

    public void Dispose() => _context.Unload();
}
