using System.Reflection;

namespace CodeGen.Generator.Pipeline;

/// <summary>The package version of this generator, which ships in lockstep with CodeGen.Runtime.</summary>
internal static class GeneratorVersion
{
    public static string Package { get; } = Read();

    private static string Read()
    {
        string? informational = typeof(GeneratorVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(GeneratorVersion).Assembly.GetName().Version?.ToString(3) ?? "*";
        }

        // The SDK appends "+<commit>" for source link; a PackageReference wants the bare version.
        int plus = informational!.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
