using System.Reflection;
using System.Text.Json;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Runtime;

/// <summary>
/// The code generated for aigc-video, compiled in memory and loaded into a collectible context; CodeGen.Runtime comes
/// from the default context. Shared by the tests of one class and unloaded after them.
/// </summary>
public sealed class GeneratedAssembly : IDisposable
{
    private readonly LoadedGeneratedCode _code = new(
        "CodeGen.Generator.Tests.Generated", new[] { SpecFile.AigcVideo() }, "AigcVideo.Client", "AigcVideoClientJsonTypeInfoResolver", warningsAreErrors: false);

    public Assembly Assembly => _code.Assembly;

    /// <summary>Options whose only resolver is the generated one: no reflection fallback.</summary>
    public JsonSerializerOptions Options => _code.Options;

    public Type Type(string name) => _code.Type(name);

    public object? Deserialize(string json, string typeName) => JsonSerializer.Deserialize(json, Type(typeName), Options);

    public string Serialize(object? value, string typeName) => JsonSerializer.Serialize(value, Type(typeName), Options);

    public void Dispose() => _code.Dispose();
}
