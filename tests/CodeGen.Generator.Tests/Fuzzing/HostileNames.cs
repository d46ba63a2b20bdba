namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>Names that have broken (or could break) identifier and file-name generation.</summary>
internal static class HostileNames
{
    private static readonly string[] s_fixed =
    {
        string.Empty, " ", "class", "namespace", "default", "object", "string", "event", "var", "async", "await", "value",
        "Value", "IsKnown", "KnownValues", "ToString", "Equals", "GetHashCode", "EqualityContract", "System", "CodeGen",
        "global", "__arglist", "_", "__", "123", "1abc", "-", "a-b", "a.b", "a/b", "a~b", "a b", "$ref", "#", "@", "@class",
        "名前", "ÉtéÀ", "e\u0301", "\u200B", "🙂", "a\u0000b", "\t", "\\", "\"", "'", "<tag>", "&amp;", "*/", "///", "{id}",
        "FOO", "foo", "Foo", "FooJsonConverter", "TestClient", "TestClientOptions", "TestClientJsonTypeInfoResolver",
        "Item", "Request", "Response", "body", "cancellationToken", "httpRequest", "requestBuilder", "Task",
        "application/json", "null", "true", "1e400", "NaN", "-0",
    };

    public static string Pick(Random random)
        => random.Next(10) switch
        {
            0 => new string((char)random.Next('a', 'z' + 1), random.Next(200, 3000)),
            1 => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next(0x20, 0x3000))),
            2 => s_fixed[random.Next(s_fixed.Length)] + s_fixed[random.Next(s_fixed.Length)],
            _ => s_fixed[random.Next(s_fixed.Length)],
        };
}
