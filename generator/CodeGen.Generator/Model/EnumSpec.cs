using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>An open string enum: a value type that keeps unknown values.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaPath">Where the schema sits in the document.</param>
/// <param name="Documentation">Docs for the type.</param>
/// <param name="Members">The known values, in document order.</param>
/// <param name="IsInteger">The values are integers (<c>type: integer</c>); each member's value is its number in invariant digits.</param>
internal sealed record EnumSpec(
    string Name,
    string SchemaPath,
    DocumentationSpec Documentation,
    EquatableArray<EnumMemberSpec> Members,
    bool IsInteger = false);
