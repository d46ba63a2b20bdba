using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.TestHelpers;

/// <summary>Reads the generator's tracked steps (names from <see cref="TrackingNames"/>) out of a run result.</summary>
internal static class StepAssert
{
    /// <summary>Every <c>const string</c> of <see cref="TrackingNames"/>, so a new step is checked without touching the tests.</summary>
    public static string[] TrackingNameValues { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && !f.IsInitOnly && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static ImmutableArray<IncrementalGeneratorRunStep> Steps(GeneratorRunResult result, string trackingName)
    {
        Assert.True(result.TrackedSteps.TryGetValue(trackingName, out ImmutableArray<IncrementalGeneratorRunStep> steps), $"Step '{trackingName}' did not run; ran: {string.Join(", ", result.TrackedSteps.Keys)}");
        return steps;
    }

    /// <summary>All outputs of one tracked step, with their reasons.</summary>
    public static (object Value, IncrementalStepRunReason Reason)[] Outputs(GeneratorRunResult result, string trackingName)
        => Steps(result, trackingName).SelectMany(s => s.Outputs).ToArray();

    /// <summary>
    /// Andrew Lock's cacheability check: the second run's tracked steps produce equal outputs, each Cached or Unchanged,
    /// and every source output step is Cached.
    /// </summary>
    public static void AllCached(GeneratorRunResult first, GeneratorRunResult second)
    {
        Assert.NotEmpty(TrackingNameValues);
        foreach (string name in TrackingNameValues)
        {
            ImmutableArray<IncrementalGeneratorRunStep> before = Steps(first, name);
            ImmutableArray<IncrementalGeneratorRunStep> after = Steps(second, name);
            Assert.True(before.Length == after.Length, $"{name}: {before.Length} step(s) then {after.Length}");
            for (int i = 0; i < before.Length; i++)
            {
                object[] beforeValues = before[i].Outputs.Select(o => o.Value).ToArray();
                object[] afterValues = after[i].Outputs.Select(o => o.Value).ToArray();
                Assert.True(beforeValues.SequenceEqual(afterValues), $"{name}[{i}]: outputs are not equal between runs");
                Assert.All(after[i].Outputs, o => Assert.True(
                    o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name}[{i}]: {o.Reason}, expected Cached or Unchanged"));
            }
        }

        Assert.NotEmpty(second.TrackedOutputSteps);
        foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> output in second.TrackedOutputSteps)
        {
            Assert.All(output.Value.SelectMany(s => s.Outputs), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"output step {output.Key}: {o.Reason}"));
        }
    }
}
