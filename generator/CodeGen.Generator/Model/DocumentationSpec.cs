using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>What the XML docs of a generated member say.</summary>
/// <param name="Summary">The summary or title.</param>
/// <param name="Description">The longer description.</param>
/// <param name="Facts">Short lines such as "Maximum length: 50." or "Default: <c>0</c>.", in a stable order.</param>
/// <param name="IsDeprecated">Marks the member <c>[Obsolete]</c>.</param>
internal sealed record DocumentationSpec(
    string? Summary,
    string? Description,
    EquatableArray<string> Facts,
    bool IsDeprecated);
