namespace CodeGen.Generator.Model;

/// <summary>What one field of a form or multipart body holds.</summary>
internal enum FormFieldKind
{
    /// <summary>A primitive, array, map or record written as form text.</summary>
    Value,

    /// <summary>One file: a <c>FilePart</c>.</summary>
    File,

    /// <summary>Several files under one name: a list of <c>FilePart</c>.</summary>
    Files,

    /// <summary>A multipart part holding JSON (objects and arrays of objects, the spec's default there).</summary>
    Json,
}
