using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Pipeline;

/// <summary>
/// Keeps hint names unique across specs. Each spec's output is added by its own <c>RegisterSourceOutput</c>
/// invocation, and Roslyn only finds a duplicate when it merges them, outside the generator: it then fails the
/// whole generator (CS8785) and drops every spec's code. Two specs that generate the same namespace and type
/// would not compile anyway, so the later spec (by ordinal path, whatever the item order) leaves out its clashing
/// files and reports CG0006 instead.
/// </summary>
internal static class UniqueHintNames
{
    /// <summary>How many clashing file names the message lists before "…".</summary>
    private const int ListedNames = 3;

    /// <summary>
    /// Only the hint names of all specs are collected, so editing one spec's content re-runs the check for the
    /// others without changing their output: they stay cached.
    /// </summary>
    public static IncrementalValuesProvider<EmittedSpec> WithUniqueHintNames(this IncrementalValuesProvider<EmittedSpec> emitted)
    {
        IncrementalValueProvider<EquatableArray<HintClaim>> claims = emitted
            .Select(static (spec, _) => new HintClaim(spec.Path, spec.Files.Select(f => f.HintName).ToEquatableArray()))
            .Collect()
            .Select(static (all, _) => all.OrderBy(c => c.Path, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.HintClaims);

        return emitted
            .Combine(claims)
            .Select(static (pair, cancellationToken) => Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.UniqueOutputs);
    }

    public static EmittedSpec Resolve(EmittedSpec spec, EquatableArray<HintClaim> claims)
    {
        // Hint names compare without case in Roslyn (they become file names).
        var earlier = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (HintClaim claim in claims)
        {
            if (string.CompareOrdinal(claim.Path, spec.Path) >= 0)
            {
                continue;
            }

            foreach (string hint in claim.HintNames)
            {
                if (!earlier.ContainsKey(hint))
                {
                    earlier[hint] = claim.Path;
                }
            }
        }

        List<GeneratedFile> kept = spec.Files.Where(f => !earlier.ContainsKey(f.HintName)).ToList();
        if (kept.Count == spec.Files.Count)
        {
            return spec;
        }

        string[] clashing = spec.Files.Where(f => earlier.ContainsKey(f.HintName)).Select(f => f.HintName).ToArray();
        string names = string.Join(", ", clashing.Take(ListedNames).Select(n => "'" + n + "'"))
            + (clashing.Length > ListedNames ? $" and {(clashing.Length - ListedNames).ToString(CultureInfo.InvariantCulture)} more" : string.Empty);

        // The clash is between whole documents (their namespace and type names), so it is reported at the start of the later one.
        LocationInfo location = LocationInfo.FileStart(spec.Path);
        var diagnostics = new List<DiagnosticInfo>(spec.Diagnostics)
        {
            DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateOutput, location, names, earlier[clashing[0]]),
        };
        return spec with { Files = kept.ToEquatableArray(), Diagnostics = diagnostics.ToEquatableArray() };
    }
}
