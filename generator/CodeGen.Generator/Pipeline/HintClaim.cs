using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Pipeline;

/// <summary>The hint names one spec wants to add: all a spec needs to know about the others to avoid a clash.</summary>
/// <param name="Path">The spec's path.</param>
/// <param name="HintNames">Its files' hint names.</param>
internal sealed record HintClaim(string Path, EquatableArray<string> HintNames);
