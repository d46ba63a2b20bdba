namespace CodeGen.Generator.Model;

/// <summary>A path, query or header parameter of an operation.</summary>
/// <param name="Name">The C# parameter name.</param>
/// <param name="WireName">The name in the path template, query string or header.</param>
/// <param name="Location">Where it travels.</param>
/// <param name="Type">Its type.</param>
/// <param name="IsRequired">Whether the caller must pass it.</param>
/// <param name="Documentation">Docs for the <c>param</c> tag.</param>
/// <param name="Constraints">What the client checks before sending, when the schema says anything checkable.</param>
internal sealed record ParameterSpec(
    string Name,
    string WireName,
    ParameterLocationKind Location,
    TypeRefSpec Type,
    bool IsRequired,
    DocumentationSpec Documentation,
    ConstraintsSpec? Constraints = null);
