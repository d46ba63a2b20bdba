using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A record generated from an object schema.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaPath">Where the schema sits in the document, e.g. <c>#/components/schemas/Pet</c>.</param>
/// <param name="Documentation">Title and description for the XML docs.</param>
/// <param name="Properties">The members, in document order.</param>
/// <param name="ExtraMembers">Where undeclared members are kept, when the schema allows them with <c>additionalProperties</c>.</param>
internal sealed record ObjectSpec(
    string Name,
    string SchemaPath,
    DocumentationSpec Documentation,
    EquatableArray<PropertySpec> Properties,
    ExtraMembersSpec? ExtraMembers = null);
