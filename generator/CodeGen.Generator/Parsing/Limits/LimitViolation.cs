namespace CodeGen.Generator.Parsing.Limits;

/// <summary>A bound of <see cref="DocumentLimits"/> that a document crosses, and where.</summary>
/// <param name="What">What the document does, completing "The OpenAPI document …", e.g. "nests deeper than 64 levels".</param>
/// <param name="Limit">The bound, as text.</param>
/// <param name="Fix">What the author can do about it.</param>
/// <param name="Index">The character offset where the bound was crossed.</param>
internal sealed record LimitViolation(string What, string Limit, string Fix, int Index);
