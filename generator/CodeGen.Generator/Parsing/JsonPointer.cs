namespace CodeGen.Generator.Parsing;

/// <summary>Builds the JSON pointers (RFC 6901) that locate diagnostics in the spec.</summary>
internal static class JsonPointer
{
    /// <summary>Escapes one segment: <c>/pets/{id}</c> → <c>~1pets~1{id}</c>.</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The pointer of a component schema.</summary>
    public static string ComponentSchema(string id) => "#/components/schemas/" + Escape(id);
}
