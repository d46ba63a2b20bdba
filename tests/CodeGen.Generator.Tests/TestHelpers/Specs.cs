using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Parsing;
using CodeGen.Generator.Pipeline;

namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>Parses small inline specs with <see cref="ApiSpecParser"/> and finds things in the result.</summary>
internal static class Specs
{
    public const string DefaultPath = "/specs/test.openapi.yaml";

    public static SpecOptions DefaultOptions { get; } = new(Namespace: null, ClientName: null, RootNamespace: "Test.Project");

    public static ParsedSpec Parse(string yaml, SpecOptions? options = null, string path = DefaultPath)
        => ApiSpecParser.Parse(new SpecInput(path, yaml, options ?? DefaultOptions), CancellationToken.None);

    /// <summary>Parses and requires a model with no error diagnostics.</summary>
    public static ApiSpec ParseValid(string yaml, SpecOptions? options = null)
    {
        ParsedSpec parsed = Parse(yaml, options);
        DiagnosticInfo[] errors = parsed.Diagnostics.Where(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "Unexpected errors: " + string.Join("; ", errors.Select(Describe)));
        Assert.NotNull(parsed.Spec);
        return parsed.Spec!;
    }

    /// <summary>A 3.0.3 document with the given <c>components.schemas</c> and <c>paths</c> blocks (already indented).</summary>
    public static string Document(string schemas = "", string paths = "", string extra = "", string title = "Test")
    {
        var text = new System.Text.StringBuilder();
        text.Append("openapi: 3.0.3\n");
        text.Append("info:\n  title: ").Append(title).Append("\n  version: '1.0'\n");
        text.Append(extra);
        text.Append(paths.Length == 0 ? "paths: {}\n" : "paths:\n" + paths);
        if (schemas.Length > 0)
        {
            text.Append("components:\n  schemas:\n").Append(schemas);
        }

        return text.ToString();
    }

    public static ObjectSpec Object(this ApiSpec spec, string name)
        => spec.Objects.SingleOrDefault(o => o.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"No object '{name}'; objects: {string.Join(", ", spec.Objects.Select(o => o.Name))}");

    public static EnumSpec Enum(this ApiSpec spec, string name)
        => spec.Enums.SingleOrDefault(e => e.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"No enum '{name}'; enums: {string.Join(", ", spec.Enums.Select(e => e.Name))}");

    public static PropertySpec Property(this ObjectSpec obj, string jsonName)
        => obj.Properties.SingleOrDefault(p => p.JsonName == jsonName)
            ?? throw new Xunit.Sdk.XunitException($"No property '{jsonName}' on {obj.Name}; properties: {string.Join(", ", obj.Properties.Select(p => p.JsonName))}");

    /// <summary>An operation of the main client or of any per-tag sub-client.</summary>
    public static OperationSpec Operation(this ApiSpec spec, string methodName)
        => AllOperations(spec).SingleOrDefault(o => o.MethodName == methodName)
            ?? throw new Xunit.Sdk.XunitException($"No operation '{methodName}'; operations: {string.Join(", ", AllOperations(spec).Select(o => o.MethodName))}");

    public static IEnumerable<OperationSpec> AllOperations(this ApiSpec spec)
        => spec.Client.Operations.Concat(spec.Client.Groups.SelectMany(g => g.Operations));

    public static string Describe(DiagnosticInfo diagnostic)
    {
        string where = diagnostic.Location is { } location
            ? $"({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1})"
            : "(no location)";
        return $"{diagnostic.Descriptor.Id}{where}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, diagnostic.Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.MessageArgs.Cast<object>().ToArray())}";
    }
}
