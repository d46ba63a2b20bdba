namespace CodeGen.Generator.Parsing;

/// <summary>Builds and reads the JSON pointers (RFC 6901) that locate diagnostics and references in the spec.</summary>
internal static class JsonPointer
{
    /// <summary>Escapes one segment: <c>/pets/{id}</c> → <c>~1pets~1{id}</c>.</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Reads one escaped segment back: <c>~1pets~1{id}</c> → <c>/pets/{id}</c>.</summary>
    public static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");

    /// <summary>The pointer of a component schema.</summary>
    public static string ComponentSchema(string id) => "#/components/schemas/" + Escape(id);
}
