namespace CodeGen.Generator.Pipeline;

/// <summary>The per-file MSBuild options of one spec, as plain strings.</summary>
/// <param name="Namespace">The <c>CodeGen_Namespace</c> metadata, or <see langword="null"/>.</param>
/// <param name="ClientName">The <c>CodeGen_ClientName</c> metadata, or <see langword="null"/>.</param>
/// <param name="RootNamespace">The project's <c>RootNamespace</c>, the default namespace.</param>
/// <param name="GroupByTag">The <c>CodeGen_GroupByTag</c> metadata (auto, true or false), or <see langword="null"/>.</param>
/// <param name="DateType">The <c>CodeGen_DateType</c> metadata (auto, DateOnly or string), or <see langword="null"/>.</param>
/// <param name="Filters">The operation filters (<c>CodeGen_IncludeTags</c> and friends); all unset by default.</param>
internal sealed record SpecOptions(string? Namespace, string? ClientName, string? RootNamespace, string? GroupByTag = null, FilterOptions? Filters = null, string? DateType = null);
