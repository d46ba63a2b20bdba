using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeGen.Benchmarks.BuildCost;

/// <summary>
/// The generator's own time inside a build, as the compiler reports it with <c>-p:ReportAnalyzer=true</c>: one line
/// per compilation (the SDK compiles twice, once per target framework) after a spec edit.
/// </summary>
internal static partial class GeneratorTimeReport
{
    public const string Switch = "--generator-time";
    private const string GeneratorName = "CodeGen.Generator.OpenApiClientGenerator";

    public static Task<int> RunAsync(string[] args)
    {
        int builds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        using var workspace = new BuildWorkspace();
        workspace.Prepare();
        var seconds = new List<double>();
        for (int i = 1; i <= builds; i++)
        {
            File.WriteAllText(workspace.SpecPath, WorkspaceEdits.SpecWithExtraMember(workspace.OriginalSpec, i));
            string log = DotNetBuild.Run(workspace.GeneratedSdk, "--no-restore", "-p:ReportAnalyzer=true", "-v:d");
            foreach (Match match in GeneratorLine().Matches(log))
            {
                seconds.Add(double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture));
            }
        }

        if (seconds.Count == 0)
        {
            Console.Error.WriteLine($"No '{GeneratorName}' line in the ReportAnalyzer output.");
            return Task.FromResult(1);
        }

        seconds.Sort();
        Console.WriteLine($"{GeneratorName}: {seconds.Count} compilations over {builds} spec-edit builds");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  min {seconds[0]:0.000} s, median {seconds[seconds.Count / 2]:0.000} s, max {seconds[^1]:0.000} s"));
        return Task.FromResult(0);
    }

    // ReportAnalyzer prints "   <seconds>   <percent>   <name>" under "Total generator execution time".
    [GeneratedRegex(@"^\s*(?<seconds>\d+(\.\d+)?)\s+\S+\s+CodeGen\.Generator\.OpenApiClientGenerator\s*$", RegexOptions.Multiline)]
    private static partial Regex GeneratorLine();
}
