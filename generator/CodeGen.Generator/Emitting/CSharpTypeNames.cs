using System;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emitting;

/// <summary>Writes the C# spelling of a <see cref="TypeRefSpec"/>.</summary>
internal static class CSharpTypeNames
{
    public static string Of(TypeRefSpec type, string @namespace) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Single => "float",
        TypeKind.Double => "double",
        TypeKind.Decimal => "decimal",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Bytes => "byte[]",
        TypeKind.Uri => KnownTypes.Uri,
        TypeKind.Duration => "global::System.TimeSpan",
        TypeKind.Date => "global::System.DateOnly",
        TypeKind.Time => "global::System.TimeOnly",
        TypeKind.Any => KnownTypes.JsonElement,
        TypeKind.Object or TypeKind.Enum or TypeKind.IntegerEnum or TypeKind.Union => Qualified(type.Name!, @namespace),
        TypeKind.Array => $"{KnownTypes.IReadOnlyListOf}<{Element(type, @namespace)}>",
        TypeKind.Map => $"{KnownTypes.IReadOnlyDictionaryOf}<string, {Element(type, @namespace)}>",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>The type with a <c>?</c> when <paramref name="nullable"/>.</summary>
    public static string Of(TypeRefSpec type, string @namespace, bool nullable)
        => nullable ? Of(type, @namespace) + "?" : Of(type, @namespace);

    public static string Qualified(string typeName, string @namespace) => $"global::{@namespace}.{typeName}";

    public static string ConverterOf(string typeName, string @namespace) => Qualified(typeName + "JsonConverter", @namespace);

    private static string Element(TypeRefSpec type, string @namespace) => Of(type.Element!, @namespace, type.ElementIsNullable);
}
