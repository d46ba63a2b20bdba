using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A request body.</summary>
/// <param name="ParameterName">The C# parameter name (JSON, binary and text bodies).</param>
/// <param name="Type">The body type of a JSON body; <see langword="null"/> for the other kinds.</param>
/// <param name="IsRequired">Whether the body must be sent.</param>
/// <param name="Description">Docs for the <c>param</c> tag.</param>
/// <param name="Kind">How it is encoded.</param>
/// <param name="MediaType">The media type chosen from the document, sent as Content-Type.</param>
/// <param name="Fields">The fields of a form or multipart body, each a method parameter.</param>
internal sealed record RequestBodySpec(
    string ParameterName,
    TypeRefSpec? Type,
    bool IsRequired,
    string? Description,
    RequestBodyKind Kind = RequestBodyKind.Json,
    string MediaType = "application/json",
    EquatableArray<FormFieldSpec> Fields = default);
