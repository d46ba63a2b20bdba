using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// What generated code is compiled against: the running framework's own assemblies (nothing to download), plus
/// CodeGen.Runtime for our output. NSwag's output needs only the framework.
/// </summary>
internal static class CompilationReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(LoadFramework);

    public static ImmutableArray<MetadataReference> Framework => s_framework.Value;

    public static ImmutableArray<MetadataReference> FrameworkAndRuntime { get; } =
        Framework.Add(MetadataReference.CreateFromFile(typeof(global::CodeGen.Runtime.ApiClientOptions).Assembly.Location));

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        // The process also loads BenchmarkDotNet, Roslyn and NSwag: keep only the shared framework's directory.
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(frameworkDirectory, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll"))
            .Where(IsManagedAssembly)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
