using System.Reflection;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Tests.Incremental;

/// <summary>
/// Nothing the pipeline caches may hold compiler objects (they keep whole compilations alive and never compare equal)
/// or Microsoft.OpenApi objects (they must stay inside the parser). A reflection walk over every tracked step output.
/// </summary>
public sealed class ModelGraphTests
{
    private static readonly Type[] s_banned =
    {
        typeof(Compilation),
        typeof(ISymbol),
        typeof(SyntaxNode),
        typeof(SyntaxTree),
        typeof(SemanticModel),
        typeof(Location),
        typeof(AdditionalText),
        typeof(SourceText),
        typeof(AnalyzerConfigOptions),
        typeof(AnalyzerConfigOptionsProvider),
        typeof(Diagnostic),
    };

    [Fact]
    public void No_step_output_holds_compiler_or_openapi_objects()
    {
        // The second spec has diagnostics, so LocationInfo values are in the graph too.
        SpecFile broken = new("/repo/spec/broken.openapi.yaml", """
            openapi: 3.0.3
            info: {title: Broken, version: '1'}
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    missing: {$ref: '#/components/schemas/Missing'}
                    either:
                      oneOf:
                        - {type: object, properties: {a: {type: string}}}
                        - {type: object, properties: {b: {type: string}}}
            """, Namespace: "Broken.Client");
        GeneratorDriver driver = GeneratorRunner.CreateDriver(new[] { SpecFile.AigcVideo(), broken }, trackSteps: true)
            .RunGenerators(GeneratorRunner.CreateCompilation());
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        var walker = new GraphWalker();
        int outputs = 0;
        foreach (string name in StepAssert.TrackingNameValues)
        {
            foreach ((object value, _) in StepAssert.Outputs(result, name))
            {
                walker.Walk(value, name);
                outputs++;
            }
        }

        Assert.True(outputs >= 7, $"Only {outputs} step outputs were walked");
        Assert.True(walker.Violations.Count == 0, string.Join("\n", walker.Violations.Distinct()));
        Assert.Contains(typeof(LocationInfo), walker.SeenTypes);
        Assert.Contains(typeof(global::CodeGen.Generator.Model.ApiSpec), walker.SeenTypes);
    }

    [Fact]
    public void The_walker_finds_banned_objects_however_deep()
    {
        var walker = new GraphWalker();
        var nested = new object[] { 1, "text", new List<object> { new Holder(new Holder(Location.None)) } };

        walker.Walk(nested, "test");

        Assert.Single(walker.Violations.Distinct());
        Assert.Contains("Location", walker.Violations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_walker_finds_a_compilation()
    {
        var walker = new GraphWalker();

        walker.Walk(new Holder(CSharpCompilation.Create("x")), "test");

        Assert.NotEmpty(walker.Violations);
    }

    private sealed record Holder(object Inner);

    private sealed class GraphWalker
    {
        private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);

        public List<string> Violations { get; } = new();

        public HashSet<Type> SeenTypes { get; } = new();

        public void Walk(object? value, string path)
        {
            if (value is null || value is string || value is Pointer)
            {
                return;
            }

            Type type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || type.IsPointer || value is decimal || !_visited.Add(value))
            {
                return;
            }

            SeenTypes.Add(type);
            if (s_banned.FirstOrDefault(b => b.IsAssignableFrom(type)) is { } banned)
            {
                Violations.Add($"{path}: {type.FullName} is a {banned.Name}");
                return;
            }

            if (type.Namespace?.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal) == true || type.Namespace?.StartsWith("SharpYaml", StringComparison.Ordinal) == true)
            {
                Violations.Add($"{path}: {type.FullName} is a parser type");
                return;
            }

            if (value is Array array)
            {
                int index = 0;
                foreach (object? item in array)
                {
                    Walk(item, $"{path}[{index++}]");
                }

                return;
            }

            for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    Walk(field.GetValue(value), $"{path}.{field.Name}");
                }
            }
        }
    }
}
