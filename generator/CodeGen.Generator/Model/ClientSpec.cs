using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>The client class generated for one document.</summary>
/// <param name="Name">The class name, e.g. <c>AigcVideoClient</c>.</param>
/// <param name="Title">The document's <c>info.title</c>.</param>
/// <param name="Description">The document's <c>info.description</c>.</param>
/// <param name="Version">The document's <c>info.version</c>.</param>
/// <param name="DefaultServerUrl">The first server URL with variable defaults filled in, when it is absolute.</param>
/// <param name="Operations">One method per operation, in document order.</param>
internal sealed record ClientSpec(
    string Name,
    string? Title,
    string? Description,
    string? Version,
    string? DefaultServerUrl,
    EquatableArray<OperationSpec> Operations);
