using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A type generated from a <c>oneOf</c>/<c>anyOf</c> (or a type list such as <c>[string, integer]</c>): it holds one variant or an unrecognised JSON value.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="SchemaPath">Where the schema sits in the document.</param>
/// <param name="Documentation">Docs for the type.</param>
/// <param name="Variants">The choices, in document order, without the <c>null</c> choice.</param>
/// <param name="DiscriminatorProperty">The JSON member naming the variant, when the schema declares a discriminator.</param>
internal sealed record UnionSpec(
    string Name,
    string SchemaPath,
    DocumentationSpec Documentation,
    EquatableArray<UnionVariantSpec> Variants,
    string? DiscriminatorProperty);
