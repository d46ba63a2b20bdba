using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>
/// Runs the generator over some documents, compiles its output in memory and loads it into a collectible context,
/// so tests can call the generated types; CodeGen.Runtime comes from the default context. <c>JsonSerializer</c>
/// options whose only resolver is the generated one come with it. Unloaded on dispose.
/// </summary>
internal sealed class LoadedGeneratedCode : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly string _namespace;

    /// <param name="contextName">Names the load context, for debugging.</param>
    /// <param name="specs">The documents.</param>
    /// <param name="namespace">The generated namespace, to find types by short name.</param>
    /// <param name="resolverTypeName">The generated <c>IJsonTypeInfoResolver</c>'s short name.</param>
    /// <param name="warningsAreErrors">Whether a compiler warning in the output fails the test, as in a consumer's strict build.</param>
    /// <param name="parseOptions">The language version to compile with; the latest by default.</param>
    public LoadedGeneratedCode(string contextName, IEnumerable<SpecFile> specs, string @namespace, string resolverTypeName, bool warningsAreErrors, CSharpParseOptions? parseOptions = null)
    {
        _namespace = @namespace;
        var (result, output, driverDiagnostics) = GeneratorRunner.RunWithCompilation(specs, parseOptions);
        Assert.Null(result.Exception);
        DriverDiagnostics = driverDiagnostics;
        GeneratorDiagnostics = result.Diagnostics;
        Sources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        if (warningsAreErrors)
        {
            ImmutableArray<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
            Assert.True(problems.IsEmpty, $"{problems.Length} compiler diagnostic(s):\n" + string.Join("\n", problems.Take(30)));
        }

        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        _context = new AssemblyLoadContext(contextName, isCollectible: true);
        Assembly = _context.LoadFromStream(image);
        object resolver = Type(resolverTypeName).GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Options = new JsonSerializerOptions { TypeInfoResolver = (IJsonTypeInfoResolver)resolver };
    }

    public Assembly Assembly { get; }

    /// <summary>What the driver itself reported (a generator crash shows here).</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

    /// <summary>What the generator reported about the documents.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>The generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>Options whose only resolver is the generated one: no reflection fallback.</summary>
    public JsonSerializerOptions Options { get; }

    public Type Type(string name)
        => Assembly.GetType(_namespace + "." + name) ?? throw new Xunit.Sdk.XunitException($"No generated type {_namespace}.{name}");

    public object? Deserialize(string json, string typeName) => JsonSerializer.Deserialize(json, Type(typeName), Options);

    public string Serialize(object? value, string typeName) => JsonSerializer.Serialize(value, Type(typeName), Options);

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/>, writes it back as that type and checks the JSON is the same; returns the value.</summary>
    public object RoundTrip(string json, string typeName)
    {
        object? value = Deserialize(json, typeName);
        Xunit.Assert.NotNull(value);
        string written = Serialize(value, typeName);
        Xunit.Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(written)), $"Wrote {written} for {json}");
        return value;
    }

    /// <summary>The value of the generated property <paramref name="property"/> of <paramref name="target"/>.</summary>
    public static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    public void Dispose() => _context.Unload();
}
