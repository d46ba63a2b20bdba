using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Generator.Tests.TestHelpers;
using CodeGen.Runtime.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace CodeGen.Generator.Tests.Validation;

/// <summary>
/// Generates a client for a small document, checks the output compiles with no warning, loads it into a collectible
/// context and runs the generated validation of values read from JSON. CodeGen.Runtime comes from the default context,
/// so the errors are the test's own <see cref="ValidationError"/> type.
/// </summary>
internal sealed class ValidationHarness : IDisposable
{
    public const string Namespace = "Validation.Tests";

    private readonly AssemblyLoadContext _context = new("CodeGen.Generator.Tests.Validation", isCollectible: true);
    private readonly Assembly _assembly;
    private readonly JsonSerializerOptions _options;

    public ValidationHarness(string yaml, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var spec = new SpecFile("/v/validation.openapi.yaml", yaml, Namespace: Namespace, ClientName: "ValidationClient");
        var (result, output, _) = GeneratorRunner.RunWithCompilation(new[] { spec }, GeneratorRunner.ParseOptions(languageVersion));
        Assert.Null(result.Exception);
        GeneratorDiagnostics = result.Diagnostics;
        GeneratedSources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        ImmutableArray<Diagnostic> problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        Assert.True(problems.IsEmpty, $"{problems.Length} compiler diagnostic(s):\n" + string.Join("\n", problems.Take(30)));

        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        _assembly = _context.LoadFromStream(image);
        object resolver = Type("ValidationClientJsonTypeInfoResolver").GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        _options = new JsonSerializerOptions { TypeInfoResolver = (IJsonTypeInfoResolver)resolver };
    }

    /// <summary>What the generator reported about the document.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    public IReadOnlyDictionary<string, string> GeneratedSources { get; }

    public Type Type(string name)
        => _assembly.GetType(Namespace + "." + name) ?? throw new Xunit.Sdk.XunitException($"No generated type {name}");

    /// <summary>Reads <paramref name="json"/> as <paramref name="typeName"/>; the converters do not validate constraints.</summary>
    public object Read(string typeName, string json) => JsonSerializer.Deserialize(json, Type(typeName), _options)!;

    /// <summary>The errors the generated validation finds in <paramref name="json"/> read as <paramref name="typeName"/>.</summary>
    public IReadOnlyList<ValidationError> Errors(string typeName, string json) => Errors(Read(typeName, json));

    public static IReadOnlyList<ValidationError> Errors(object value)
    {
        var collector = new ValidationCollector();
        collector.Collect(Assert.IsAssignableFrom<IValidatable>(value));
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

    public void Dispose() => _context.Unload();
}
