using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A record generated from an object schema.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaPath">Where the schema sits in the document, e.g. <c>#/components/schemas/Pet</c>.</param>
/// <param name="Documentation">Title and description for the XML docs.</param>
/// <param name="Properties">The members this record declares, in document order (inherited ones are in <paramref name="InheritedProperties"/>).</param>
/// <param name="ExtraMembers">Where undeclared members are kept, when the schema allows them with <c>additionalProperties</c>.</param>
/// <param name="BaseType">The record this one derives from (<c>allOf: [$ref: Base, ...]</c>), if any.</param>
/// <param name="InheritedProperties">The members declared by the base records, root first: the converter reads and writes them too.</param>
/// <param name="DerivedTypes">Every record deriving from this one, directly or not, deepest first: writing dispatches to them, and reading does for those with discriminator values.</param>
/// <param name="DiscriminatorProperty">The JSON member whose value picks a derived type on read, when some derived type has a value.</param>
internal sealed record ObjectSpec(
    string Name,
    string SchemaPath,
    DocumentationSpec Documentation,
    EquatableArray<PropertySpec> Properties,
    ExtraMembersSpec? ExtraMembers = null,
    string? BaseType = null,
    EquatableArray<PropertySpec> InheritedProperties = default,
    EquatableArray<DerivedTypeSpec> DerivedTypes = default,
    string? DiscriminatorProperty = null)
{
    /// <summary>No record derives from this one, so it is emitted <c>sealed</c>.</summary>
    public bool IsSealed => DerivedTypes.Count == 0;
}
