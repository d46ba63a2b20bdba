namespace CodeGen.Generator.Model;

/// <summary>How a request body is encoded.</summary>
internal enum RequestBodyKind
{
    /// <summary>JSON (<c>application/json</c>, <c>*+json</c>) written by a generated converter.</summary>
    Json,

    /// <summary><c>multipart/form-data</c>: one method parameter per field, files as <c>FilePart</c>.</summary>
    Multipart,

    /// <summary><c>application/x-www-form-urlencoded</c>: one method parameter per field.</summary>
    FormUrlEncoded,

    /// <summary>Bytes from a caller's <c>Stream</c> (<c>application/octet-stream</c>, images, anything binary).</summary>
    Binary,

    /// <summary>A <c>string</c> (<c>text/plain</c> and other <c>text/*</c>).</summary>
    Text,
}
