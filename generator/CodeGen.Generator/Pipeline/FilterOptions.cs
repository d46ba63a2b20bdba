namespace CodeGen.Generator.Pipeline;

/// <summary>
/// The per-file filter metadata of one spec, raw: lists separated by <c>;</c> or <c>,</c>. Parsed and checked in
/// Parsing/Filtering, where a bad value becomes a located diagnostic.
/// </summary>
/// <param name="IncludeTags"><c>CodeGen_IncludeTags</c>.</param>
/// <param name="ExcludeTags"><c>CodeGen_ExcludeTags</c>.</param>
/// <param name="IncludeOperations"><c>CodeGen_IncludeOperations</c> (operationIds).</param>
/// <param name="ExcludeOperations"><c>CodeGen_ExcludeOperations</c> (operationIds).</param>
/// <param name="IncludePaths"><c>CodeGen_IncludePaths</c> (path globs).</param>
/// <param name="ExcludePaths"><c>CodeGen_ExcludePaths</c> (path globs).</param>
internal sealed record FilterOptions(
    string? IncludeTags,
    string? ExcludeTags,
    string? IncludeOperations,
    string? ExcludeOperations,
    string? IncludePaths,
    string? ExcludePaths)
{
    /// <summary>The options that are set, as the project file would spell them, for messages.</summary>
    public string Describe()
    {
        var parts = new System.Collections.Generic.List<string>();
        Add("CodeGen_IncludeTags", IncludeTags);
        Add("CodeGen_ExcludeTags", ExcludeTags);
        Add("CodeGen_IncludeOperations", IncludeOperations);
        Add("CodeGen_ExcludeOperations", ExcludeOperations);
        Add("CodeGen_IncludePaths", IncludePaths);
        Add("CodeGen_ExcludePaths", ExcludePaths);
        return string.Join(" ", parts);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}=\"{value}\"");
            }
        }
    }
}
