using System.Text.Json;
using CodeGen.Generator.Pipeline;
using CodeGen.Generator.Tests.TestHelpers;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>
/// The code generated for <c>Schemas/TestData/members.openapi.yaml</c> (dates, times, defaults, const, writeOnly),
/// compiled with no warnings against the running framework, which has <c>DateOnly</c>, and loaded so tests can run it.
/// </summary>
public class MembersDocument : IDisposable
{
    public const string Namespace = "Members.Client";

    private readonly LoadedGeneratedCode _code;

    public MembersDocument()
        : this(dateType: null)
    {
    }

    protected MembersDocument(string? dateType)
    {
        _code = new LoadedGeneratedCode("CodeGen.Generator.Tests.Members", new[] { File(dateType) }, Namespace, "MembersClientJsonTypeInfoResolver", warningsAreErrors: true);
        Assert.True(_code.DriverDiagnostics.IsEmpty, string.Join("\n", _code.DriverDiagnostics));
        Assert.True(!_code.GeneratorDiagnostics.Any(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning), string.Join("\n", _code.GeneratorDiagnostics));
    }

    public static string PathOnDisk => Path.Combine(RepoPaths.TestProject, "Schemas", "TestData", "members.openapi.yaml");

    /// <summary>The document, with <c>CodeGen_DateType</c> set when <paramref name="dateType"/> is not null.</summary>
    internal static SpecFile File(string? dateType = null)
        => new("/repo/tests/members.openapi.yaml", System.IO.File.ReadAllText(PathOnDisk), Namespace: Namespace)
        {
            ExtraMetadata = dateType is null ? null : new Dictionary<string, string> { [SpecInputReader.DateTypeMetadata] = dateType },
        };

    public IReadOnlyDictionary<string, string> Sources => _code.Sources;

    public JsonSerializerOptions Options => _code.Options;

    public Type Type(string name) => _code.Type(name);

    public object? Deserialize(string json, string typeName) => _code.Deserialize(json, typeName);

    public string Serialize(object? value, string typeName) => _code.Serialize(value, typeName);

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/>, writes it back and checks the JSON is the same; returns the value.</summary>
    public object RoundTrip(string json, string typeName) => _code.RoundTrip(json, typeName);

    /// <summary>A new instance as C# code would make it with <c>new T { }</c>: initialisers run, nothing else is set.</summary>
    public object New(string typeName) => Activator.CreateInstance(Type(typeName))!;

    /// <summary>A copy of <paramref name="target"/> with one member changed, as a <c>with</c> expression would make it.</summary>
    public static object With(object target, string property, object? value)
    {
        object copy = target.GetType().GetMethod("<Clone>$")!.Invoke(target, null)!;
        target.GetType().GetProperty(property)!.SetValue(copy, value);
        return copy;
    }

    public static object? Get(object target, string property) => LoadedGeneratedCode.Get(target, property);

    /// <summary>The C# type of a generated member, as declared.</summary>
    public Type MemberType(string typeName, string property) => Type(typeName).GetProperty(property)!.PropertyType;

    public void Dispose()
    {
        _code.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same document with <c>CodeGen_DateType="string"</c>: the fallback that netstandard2.0 gets, on a compilation that could have DateOnly.</summary>
public sealed class StringDatesMembersDocument : MembersDocument
{
    public StringDatesMembersDocument()
        : base("string")
    {
    }
}
