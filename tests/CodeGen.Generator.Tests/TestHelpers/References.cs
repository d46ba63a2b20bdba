using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>
/// Metadata references for compiling generated code: the running framework's assemblies (offline, nothing to
/// download) plus CodeGen.Runtime, which every generated file compiles against.
/// </summary>
internal static class References
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(Create);

    public static ImmutableArray<MetadataReference> FrameworkAndRuntime => s_all.Value;

    /// <summary>
    /// .NET 8 reference assemblies for <c>CSharpSourceGeneratorTest</c>, resolved offline from the global packages folder
    /// (PackageDownload in the csproj), never from a feed at test time.
    /// </summary>
    public static Microsoft.CodeAnalysis.Testing.ReferenceAssemblies Net80Offline { get; } =
        Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80.WithNuGetConfigFilePath(Path.Combine(AppContext.BaseDirectory, "offline.nugetconfig.xml"));

    /// <summary>netstandard2.0 reference assemblies, offline like <see cref="Net80Offline"/>: a target that lacks the compiler-support types.</summary>
    public static Microsoft.CodeAnalysis.Testing.ReferenceAssemblies NetStandard20Offline { get; } =
        Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.NetStandard.NetStandard20.WithNuGetConfigFilePath(Path.Combine(AppContext.BaseDirectory, "offline.nugetconfig.xml"));

    /// <summary>The running framework's assemblies without CodeGen.Runtime, as in a project that forgot the runtime package.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly => s_all.Value.Remove(Runtime);

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(CodeGen.Runtime.ApiClientOptions).Assembly.Location);

    private static ImmutableArray<MetadataReference> Create()
    {
        // Only the shared framework's own assemblies: the test host's TPA list also carries xunit, Roslyn and friends.
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        ImmutableArray<MetadataReference>.Builder builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).OrderBy(p => p, StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            bool isFramework = string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal);
            if (isFramework && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll"))
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        builder.Add(Runtime);
        return builder.ToImmutable();
    }
}
