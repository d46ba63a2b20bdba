using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>The operations of one tag, emitted as a sub-client reached through a property of the main client.</summary>
/// <param name="PropertyName">The property on the main client, e.g. <c>Pets</c>.</param>
/// <param name="ClassName">The nested class, e.g. <c>PetsOperations</c>.</param>
/// <param name="Tag">The tag as the document writes it.</param>
/// <param name="Description">The tag's description, if the document declares the tag.</param>
/// <param name="Operations">The tag's operations, in document order.</param>
internal sealed record OperationGroupSpec(
    string PropertyName,
    string ClassName,
    string Tag,
    string? Description,
    EquatableArray<OperationSpec> Operations);
