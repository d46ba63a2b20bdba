using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>The success responses of an operation.</summary>
/// <param name="StatusCodes">The 2xx codes that return <paramref name="Type"/>, ascending.</param>
/// <param name="EmptyStatusCodes">The 2xx codes that return no body, ascending.</param>
/// <param name="Type">The body type of JSON, or <see langword="null"/> when no success returns JSON.</param>
/// <param name="Description">Docs for the <c>returns</c> tag.</param>
/// <param name="BodyKind">How the body reaches the caller; a stream or text has no <paramref name="Type"/>.</param>
/// <param name="Accept">
/// The media types sent in <c>Accept</c>, when a success response offers several and the server has to choose:
/// the ones the method reads. Empty otherwise, and no <c>Accept</c> header is sent.
/// </param>
internal sealed record SuccessResponseSpec(
    EquatableArray<int> StatusCodes,
    EquatableArray<int> EmptyStatusCodes,
    TypeRefSpec? Type,
    string? Description,
    ResponseBodyKind BodyKind = ResponseBodyKind.Json,
    EquatableArray<string> Accept = default)
{
    /// <summary>Whether some success returns a body.</summary>
    public bool HasBody => Type is not null || BodyKind != ResponseBodyKind.Json;
}
