namespace CodeGen.Generator.Model;

/// <summary>A field of a form or multipart body, which the method takes as its own parameter.</summary>
/// <param name="Name">The C# parameter name.</param>
/// <param name="WireName">The field name on the wire.</param>
/// <param name="Kind">What the field holds.</param>
/// <param name="Type">The value type for <see cref="FormFieldKind.Value"/> and <see cref="FormFieldKind.Json"/>; <see langword="null"/> for files.</param>
/// <param name="IsRequired">Whether the caller must pass it.</param>
/// <param name="Description">Docs for the <c>param</c> tag.</param>
/// <param name="Style">The encoding object's style (form when it names none).</param>
/// <param name="Explode">The encoding object's explode.</param>
internal sealed record FormFieldSpec(
    string Name,
    string WireName,
    FormFieldKind Kind,
    TypeRefSpec? Type,
    bool IsRequired,
    string? Description,
    ParameterStyleKind Style,
    bool Explode);
