using System;

namespace CodeGen.Runtime.Json;

/// <summary>The JSON token kinds a union variant's items or values may take, for checks that look ahead before reading.</summary>
[Flags]
public enum UnionTokens
{
    /// <summary>No token.</summary>
    None = 0,

    /// <summary>A JSON string.</summary>
    String = 1,

    /// <summary>A JSON number.</summary>
    Number = 2,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean = 4,

    /// <summary>A JSON object.</summary>
    Object = 8,

    /// <summary>A JSON array.</summary>
    Array = 16,

    /// <summary><c>null</c>.</summary>
    Null = 32,

    /// <summary>Any JSON value.</summary>
    Any = String | Number | Boolean | Object | Array | Null,
}
