using System;
using System.Collections.Generic;

namespace CodeGen.Generator.Parsing.References;

/// <summary>The role of a child from its parent's role and its key, after the OpenAPI and JSON Schema vocabularies.</summary>
internal static class ReferenceRoles
{
    private static readonly HashSet<string> s_schemaMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
    };

    private static readonly HashSet<string> s_schemaLists = new(StringComparer.Ordinal)
    {
        "allOf", "anyOf", "oneOf", "prefixItems",
    };

    private static readonly HashSet<string> s_schemas = new(StringComparer.Ordinal)
    {
        "items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema",
    };

    private static readonly HashSet<string> s_otherData = new(StringComparer.Ordinal)
    {
        "example", "default", "value", "enum", "const",
    };

    public static ReferenceRole OfProperty(ReferenceRole parent, string key)
    {
        if (key.StartsWith("x-", StringComparison.Ordinal))
        {
            return ReferenceRole.Data;
        }

        return parent switch
        {
            ReferenceRole.Schema when s_schemaMaps.Contains(key) => ReferenceRole.SchemaMap,
            ReferenceRole.Schema when s_schemaLists.Contains(key) => ReferenceRole.SchemaList,
            ReferenceRole.Schema when s_schemas.Contains(key) => ReferenceRole.Schema,
            ReferenceRole.SchemaMap => ReferenceRole.Schema,
            ReferenceRole.Other when key is "schema" => ReferenceRole.Schema,
            ReferenceRole.Other when key is "schemas" or "definitions" => ReferenceRole.SchemaMap,
            ReferenceRole.Other when !s_otherData.Contains(key) => ReferenceRole.Other,
            _ => ReferenceRole.Data,
        };
    }

    public static ReferenceRole OfElement(ReferenceRole parent) => parent switch
    {
        ReferenceRole.SchemaList or ReferenceRole.Schema => ReferenceRole.Schema,
        ReferenceRole.Other => ReferenceRole.Other,
        _ => ReferenceRole.Data,
    };
}
