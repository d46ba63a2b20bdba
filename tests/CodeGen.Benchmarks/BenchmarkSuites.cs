using System.Reflection;
using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.BuildCost;

namespace CodeGen.Benchmarks;

/// <summary>
/// Which benchmark classes a command line reaches. The suite (<c>--filter '*'</c>) is every comparison with a peer
/// that issue 7 asks for; <see cref="BuildCostBenchmarks"/> is apart behind <see cref="BuildCostSwitch"/>, because
/// it times whole <c>dotnet build</c> child processes of the SDK sample (six minutes on its own, most of the
/// suite's 15-minute budget) and measures the generator's price at build time, not a peer comparison.
/// </summary>
internal static class BenchmarkSuites
{
    public const string BuildCostSwitch = "--build-cost";

    public static Type[] Suite { get; } = typeof(Program).Assembly.GetTypes()
        .Where(type => type.IsPublic && type.IsClass && !type.IsAbstract && type != typeof(BuildCostBenchmarks) && HasBenchmarks(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToArray();

    public static Type[] BuildCost { get; } = { typeof(BuildCostBenchmarks) };

    private static bool HasBenchmarks(Type type)
        => type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(method => method.IsDefined(typeof(BenchmarkAttribute), inherit: true));
}
