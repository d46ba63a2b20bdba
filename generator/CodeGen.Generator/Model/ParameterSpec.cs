namespace CodeGen.Generator.Model;

/// <summary>A path, query, header or cookie parameter of an operation.</summary>
/// <param name="Name">The C# parameter name.</param>
/// <param name="WireName">The name in the path template, query string, header or cookie.</param>
/// <param name="Location">Where it travels.</param>
/// <param name="Type">Its type.</param>
/// <param name="IsRequired">Whether the caller must pass it.</param>
/// <param name="Documentation">Docs for the <c>param</c> tag.</param>
/// <param name="Style">The OpenAPI <c>style</c>, the location's default when the document names none.</param>
/// <param name="Explode">The OpenAPI <c>explode</c>, defaulted as the spec says (true for form only).</param>
/// <param name="AllowReserved">Whether reserved characters stay unencoded in a query value.</param>
/// <param name="Constraints">What the client checks before sending, when the schema says anything checkable.</param>
/// <param name="IsJsonContent">
/// Described by <c>content: {application/json: ...}</c> rather than a schema: the value is sent as its JSON text,
/// written by the generated converter, and the style keywords do not apply.
/// </param>
internal sealed record ParameterSpec(
    string Name,
    string WireName,
    ParameterLocationKind Location,
    TypeRefSpec Type,
    bool IsRequired,
    DocumentationSpec Documentation,
    ParameterStyleKind Style = ParameterStyleKind.Simple,
    bool Explode = false,
    bool AllowReserved = false,
    ConstraintsSpec? Constraints = null,
    bool IsJsonContent = false)
{
    /// <summary>
    /// A primitive in the location's default style, with nothing to encode beyond the usual: written with the plain
    /// builder calls that need no style arguments.
    /// </summary>
    public bool IsPlain => !IsJsonContent
        && Location != ParameterLocationKind.Cookie
        && !AllowReserved
        && Type.Kind is not (TypeKind.Array or TypeKind.Map or TypeKind.Object)
        && Style == (Location == ParameterLocationKind.Query ? ParameterStyleKind.Form : ParameterStyleKind.Simple);
}
