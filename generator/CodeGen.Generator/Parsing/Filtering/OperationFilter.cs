using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Generator.Parsing.Filtering;

/// <summary>
/// Which operations of a large document to generate, from the per-file options. With no include list every operation
/// is a candidate; with one or more, an operation must match at least one entry of any of them. An exclude match
/// always wins.
/// </summary>
internal sealed class OperationFilter
{
    private readonly HashSet<string> _includeTags;
    private readonly HashSet<string> _excludeTags;
    private readonly HashSet<string> _includeOperations;
    private readonly HashSet<string> _excludeOperations;
    private readonly IReadOnlyList<PathGlob> _includePaths;
    private readonly IReadOnlyList<PathGlob> _excludePaths;

    public OperationFilter(
        IEnumerable<string> includeTags,
        IEnumerable<string> excludeTags,
        IEnumerable<string> includeOperations,
        IEnumerable<string> excludeOperations,
        IReadOnlyList<PathGlob> includePaths,
        IReadOnlyList<PathGlob> excludePaths)
    {
        _includeTags = new HashSet<string>(includeTags, StringComparer.Ordinal);
        _excludeTags = new HashSet<string>(excludeTags, StringComparer.Ordinal);
        _includeOperations = new HashSet<string>(includeOperations, StringComparer.Ordinal);
        _excludeOperations = new HashSet<string>(excludeOperations, StringComparer.Ordinal);
        _includePaths = includePaths;
        _excludePaths = excludePaths;
    }

    /// <summary>True when no option was set: the document is generated whole, unreachable schemas included.</summary>
    public bool IsEmpty
        => _includeTags.Count == 0 && _excludeTags.Count == 0 && _includeOperations.Count == 0
            && _excludeOperations.Count == 0 && _includePaths.Count == 0 && _excludePaths.Count == 0;

    private bool HasIncludes => _includeTags.Count > 0 || _includeOperations.Count > 0 || _includePaths.Count > 0;

    public bool Keeps(string pathTemplate, string? operationId, IEnumerable<string> tags)
    {
        string[] tagNames = tags.ToArray();
        bool excluded = tagNames.Any(_excludeTags.Contains)
            || (operationId is not null && _excludeOperations.Contains(operationId))
            || _excludePaths.Any(glob => glob.Matches(pathTemplate));
        if (excluded)
        {
            return false;
        }

        return !HasIncludes
            || tagNames.Any(_includeTags.Contains)
            || (operationId is not null && _includeOperations.Contains(operationId))
            || _includePaths.Any(glob => glob.Matches(pathTemplate));
    }
}
