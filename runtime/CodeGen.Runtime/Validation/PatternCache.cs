using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CodeGen.Runtime.Validation;

/// <summary>
/// One <see cref="Regex"/> per <c>pattern</c> of the API description, built on first use and shared.
/// </summary>
/// <remarks>
/// OpenAPI patterns are ECMA-262 regular expressions; they run in <see cref="RegexOptions.ECMAScript"/> mode, the
/// closest .NET has (<c>\d</c>, <c>\w</c> and <c>\s</c> are ASCII only, back-references resolve the ECMAScript way).
/// A pattern is a search, not a whole-value match, as in JSON Schema: anchor it with <c>^…$</c> to match all of it.
/// Every match is bounded by <see cref="MatchTimeout"/> so a catastrophic pattern cannot stall a request.
/// </remarks>
public static class PatternCache
{
    private static readonly ConcurrentDictionary<string, Regex> s_regexes = new(StringComparer.Ordinal);

    /// <summary>The longest a single match may take.</summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromSeconds(1);

    /// <summary>The regular expression for <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The pattern as the API description writes it.</param>
    /// <exception cref="ArgumentException">The pattern does not parse; the generator reports such patterns and leaves them out.</exception>
    public static Regex Get(string pattern)
        => s_regexes.GetOrAdd(pattern, key => new Regex(key, RegexOptions.ECMAScript, MatchTimeout));
}
