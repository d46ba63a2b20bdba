namespace CodeGen.Benchmarks.BuildCost;

/// <summary>The two edits of a developer's inner loop: one to the spec, one to unrelated hand-written C#.</summary>
internal static class WorkspaceEdits
{
    private const string RequestProperties = "\n    CreateAigcVideoTaskRequest:\n";
    private const string PropertiesKey = "\n      properties:\n";

    /// <summary>The spec with one more request member, so the request record and its converter are regenerated.</summary>
    public static string SpecWithExtraMember(string spec, int iteration)
    {
        int section = spec.IndexOf(RequestProperties, StringComparison.Ordinal);
        int properties = section < 0 ? -1 : spec.IndexOf(PropertiesKey, section, StringComparison.Ordinal);
        if (properties < 0)
        {
            throw new InvalidOperationException("The spec no longer has CreateAigcVideoTaskRequest.properties; update the build-cost edit.");
        }

        int at = properties + PropertiesKey.Length;
        string member = $"        benchmark_edit_{iteration}:\n          type: string\n          description: Added by the build-cost benchmark.\n";
        return spec[..at] + member + spec[at..];
    }

    /// <summary>A hand-written file that no generated code depends on, changed so that CoreCompile must run.</summary>
    public static void TouchUnrelatedCSharp(string projectDirectory, int iteration)
        => File.WriteAllText(Path.Combine(projectDirectory, "BenchmarkEdit.cs"), $$"""
            namespace TencentVod.Sdk
            {
                internal static class BenchmarkEdit
                {
                    public const int Iteration = {{iteration}};
                }
            }
            """);
}
