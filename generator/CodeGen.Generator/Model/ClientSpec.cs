using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>The client class generated for one document.</summary>
/// <param name="Name">The class name, e.g. <c>AigcVideoClient</c>.</param>
/// <param name="Title">The document's <c>info.title</c>.</param>
/// <param name="Description">The document's <c>info.description</c>.</param>
/// <param name="Version">The document's <c>info.version</c>.</param>
/// <param name="DefaultServerUrl">The first server URL with variable defaults filled in, when it is absolute.</param>
/// <param name="Operations">The methods on the main client, in document order: every operation, or those without a tag when grouped.</param>
/// <param name="Groups">Sub-clients per tag, when the document's operations are grouped by tag.</param>
internal sealed record ClientSpec(
    string Name,
    string? Title,
    string? Description,
    string? Version,
    string? DefaultServerUrl,
    EquatableArray<OperationSpec> Operations,
    EquatableArray<OperationGroupSpec> Groups = default);
