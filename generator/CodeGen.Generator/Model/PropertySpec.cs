namespace CodeGen.Generator.Model;

/// <summary>A member of a generated record.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The exact name on the wire.</param>
/// <param name="Type">The member type, without nullability.</param>
/// <param name="IsRequired">The schema lists the member under <c>required</c>.</param>
/// <param name="IsNullable">The schema allows JSON <c>null</c>.</param>
/// <param name="IsReadOnly">Sent by the server only: never written.</param>
/// <param name="Documentation">Docs, constraints and default for the XML docs.</param>
/// <param name="Constraints">What the client checks before sending, when the schema says anything checkable.</param>
/// <param name="IsWriteOnly">Sent by the client only (<c>writeOnly</c>): skipped when read.</param>
/// <param name="FixedValue">The one value the member may hold (<c>const</c>, or an enum of one value): pre-filled and checked before sending.</param>
internal sealed record PropertySpec(
    string Name,
    string JsonName,
    TypeRefSpec Type,
    bool IsRequired,
    bool IsNullable,
    bool IsReadOnly,
    DocumentationSpec Documentation,
    ConstraintsSpec? Constraints = null,
    bool IsWriteOnly = false,
    LiteralSpec? FixedValue = null);
