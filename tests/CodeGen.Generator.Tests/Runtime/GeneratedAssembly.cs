using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace CodeGen.Generator.Tests.Runtime;

/// <summary>
/// The code generated for aigc-video, compiled in memory and loaded into a collectible context; CodeGen.Runtime comes
/// from the default context. Shared by the tests of one class and unloaded after them.
/// </summary>
public sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context = new("CodeGen.Generator.Tests.Generated", isCollectible: true);

    public GeneratedAssembly()
    {
        var (result, output, _) = GeneratorRunner.RunWithCompilation(new[] { SpecFile.AigcVideo() });
        Assert.Null(result.Exception);
        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        Assembly = _context.LoadFromStream(image);
        object resolver = Type("AigcVideoClientJsonTypeInfoResolver").GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Options = new JsonSerializerOptions { TypeInfoResolver = (IJsonTypeInfoResolver)resolver };
    }

    public Assembly Assembly { get; }

    /// <summary>Options whose only resolver is the generated one: no reflection fallback.</summary>
    public JsonSerializerOptions Options { get; }

    public Type Type(string name)
        => Assembly.GetType("AigcVideo.Client." + name) ?? throw new Xunit.Sdk.XunitException($"No generated type AigcVideo.Client.{name}");

    public object? Deserialize(string json, string typeName) => JsonSerializer.Deserialize(json, Type(typeName), Options);

    public string Serialize(object? value, string typeName) => JsonSerializer.Serialize(value, Type(typeName), Options);

    public void Dispose() => _context.Unload();
}
