namespace CodeGen.Generator.Parsing.References;

/// <summary>
/// What a node of a document is, as far as its <c>$ref</c>s go: a schema target is given a component (and a type
/// name), any other target is copied in place, and data (examples, defaults, enums) is never read for references.
/// </summary>
internal enum ReferenceRole
{
    /// <summary>A path item, operation, parameter, response, request body, header… or the document itself.</summary>
    Other,

    /// <summary>A schema.</summary>
    Schema,

    /// <summary>An object whose every value is a schema (<c>properties</c>, <c>components/schemas</c>).</summary>
    SchemaMap,

    /// <summary>An array whose every element is a schema (<c>allOf</c>, <c>oneOf</c>, <c>anyOf</c>).</summary>
    SchemaList,

    /// <summary>A value, not a description: an example, a default, an enum, an extension.</summary>
    Data,
}
