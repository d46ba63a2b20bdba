using System.Text.Json.Nodes;

namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>
/// Structural mutations of a document tree: delete, duplicate and swap nodes, change types, break or loop
/// <c>$ref</c>s, wrong-typed values for OpenAPI keywords, hostile names, deep nesting and growth. Each returns a short
/// description for the failure report.
/// </summary>
internal static class TreeMutations
{
    private static readonly string[] s_brokenRefs =
    {
        "#/components/schemas/Missing", "", "#", "#/", "other.yaml#/Pet", "https://example.com/pet.yaml", "#/paths/~1a",
        "#/components/schemas", "#/components/responses/Pet", "#/components/schemas/a~1b", "#/components/schemas/%20", "#/info",
    };

    private static readonly Func<JsonNode?>[] s_weirdValues =
    {
        () => null, () => "", () => "foo", () => 0, () => -1, () => 1e300, () => true, () => new JsonObject(), () => new JsonArray(),
        () => new JsonArray("string", "integer"), () => new JsonArray("string", "null"), () => new JsonArray("null"),
        () => new JsonArray("object", "array"), () => new JsonArray(JsonValue.Create("a"), null), () => new JsonArray(1, 2),
        () => new JsonArray(new JsonObject()), () => new JsonObject { ["$ref"] = "#/components/schemas/Missing" },
        () => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "A", "a", null) },
        () => new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "integer" }) },
        () => new JsonObject { ["type"] = new JsonArray("integer", "null"), ["default"] = null, ["format"] = "int64" },
        () => new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject() } },
        () => new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/Missing" }) },
        () => "int64", () => "date-time", () => "uuid", () => "byte", () => "binary", () => "decimal", () => "float",
        () => "string", () => "integer", () => "number", () => "boolean", () => "array", () => "object", () => "null",
    };

    private static readonly Func<Random, JsonNode, string>[] s_all =
    {
        Delete, Duplicate, Swap, ChangeType, BreakRef, LoopRef, WrongValue, WrongValue, RenameKey, RenameKey, HostileText, DeepNest, Grow, BigString,
        WeirdConstraint,
    };

    private static readonly string[] s_constraintKeywords =
    {
        "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
        "uniqueItems", "minProperties", "maxProperties", "pattern", "format", "multipleOf",
    };

    // Limits request validation must report or ignore, never turn into a throw or code that does not compile.
    private static readonly Func<JsonNode?>[] s_weirdLimits =
    {
        () => -1, () => int.MinValue, () => 0, () => int.MaxValue, () => 1e300, () => -1e300, () => 0.5, () => 9007199254740993L,
        () => decimal.MaxValue, () => "abc", () => "1e400", () => "[a-", () => "^(a+)+$", () => "\\u{1F600}", () => "\"'\\\n", () => true,
        () => null, () => "email", () => "int32", () => "uri", () => new JsonObject(), () => new JsonArray(1, 2),
    };

    public static string ApplyOne(Random random, JsonNode root) => s_all[random.Next(s_all.Length)](random, root);

    private static NodeSlot? Pick(Random random, JsonNode root, Func<NodeSlot, bool>? filter = null)
    {
        List<NodeSlot> slots = NodeSlot.All(root);
        if (filter is not null)
        {
            slots = slots.Where(filter).ToList();
        }

        return slots.Count == 0 ? null : slots[random.Next(slots.Count)];
    }

    private static string Delete(Random random, JsonNode root)
    {
        NodeSlot? slot = Pick(random, root);
        slot?.Remove();
        return $"delete {slot?.Pointer}";
    }

    private static string Duplicate(Random random, JsonNode root)
    {
        NodeSlot? source = Pick(random, root);
        NodeSlot? target = Pick(random, root, s => s.Value is JsonObject or JsonArray);
        if (source is null || target is null)
        {
            return "duplicate (nothing)";
        }

        JsonNode? copy = source.Value?.DeepClone();
        if (target.Value is JsonObject obj)
        {
            obj[source.Name + (random.Next(2) == 0 ? string.Empty : "2")] = copy;
        }
        else if (target.Value is JsonArray array)
        {
            array.Insert(random.Next(array.Count + 1), copy);
        }

        return $"duplicate {source.Pointer} into {target.Pointer}";
    }

    private static string Swap(Random random, JsonNode root)
    {
        NodeSlot? a = Pick(random, root);
        NodeSlot? b = Pick(random, root);
        if (a is null || b is null || a.Pointer.StartsWith(b.Pointer, StringComparison.Ordinal) || b.Pointer.StartsWith(a.Pointer, StringComparison.Ordinal))
        {
            return "swap (nothing)";
        }

        JsonNode? left = a.Value?.DeepClone();
        JsonNode? right = b.Value?.DeepClone();
        a.Set(right);
        b.Set(left);
        return $"swap {a.Pointer} and {b.Pointer}";
    }

    private static string ChangeType(Random random, JsonNode root)
    {
        NodeSlot? slot = Pick(random, root);
        slot?.Set(s_weirdValues[random.Next(12)]());
        return $"change type of {slot?.Pointer}";
    }

    private static string BreakRef(Random random, JsonNode root)
    {
        NodeSlot? slot = Pick(random, root, s => s.Key == "$ref");
        string target = random.Next(4) == 0 ? "#/components/schemas/" + HostileNames.Pick(random) : s_brokenRefs[random.Next(s_brokenRefs.Length)];
        slot?.Set(target);
        return $"break $ref at {slot?.Pointer} to '{Short(target)}'";
    }

    private static string LoopRef(Random random, JsonNode root)
    {
        if (Schemas(root) is not { Count: > 0 } schemas)
        {
            return "loop $ref (no schemas)";
        }

        string[] names = schemas.Select(p => p.Key).ToArray();
        string a = names[random.Next(names.Length)];
        string b = names[random.Next(names.Length)];
        switch (random.Next(4))
        {
            case 0:
                schemas[a] = new JsonObject { ["$ref"] = "#/components/schemas/" + a };
                return $"self $ref {a}";
            case 1:
                schemas[a] = new JsonObject { ["$ref"] = "#/components/schemas/" + b };
                schemas[b] = new JsonObject { ["$ref"] = "#/components/schemas/" + a };
                return $"$ref cycle {a} <-> {b}";
            case 2:
                schemas[a] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/" + b }), ["properties"] = new JsonObject { ["x"] = new JsonObject { ["type"] = "string" } } };
                schemas[b] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/" + a }) };
                return $"allOf cycle {a} <-> {b}";
            default:
                schemas[a] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/" + a } };
                return $"array of itself {a}";
        }
    }

    private static string WrongValue(Random random, JsonNode root)
    {
        string[] keywords = { "type", "format", "enum", "required", "items", "properties", "nullable", "additionalProperties", "allOf", "oneOf", "anyOf", "default", "in", "name", "schema", "content", "responses", "parameters", "openapi", "servers", "readOnly", "security" };
        NodeSlot? slot = Pick(random, root, s => s.Key is not null && keywords.Contains(s.Key));
        slot?.Set(s_weirdValues[random.Next(s_weirdValues.Length)]());
        return $"wrong value at {slot?.Pointer}";
    }

    private static string RenameKey(Random random, JsonNode root)
    {
        NodeSlot? slot = Pick(random, root, s => s.Key is not null && s.Pointer.Count(c => c == '/') >= 3);
        if (slot?.Parent is not JsonObject parent)
        {
            return "rename (nothing)";
        }

        string name = HostileNames.Pick(random);
        JsonNode? value = slot.Value?.DeepClone();
        parent.Remove(slot.Key!);
        parent[name] = value;
        return $"rename {slot.Pointer} to '{Short(name)}'";
    }

    private static string HostileText(Random random, JsonNode root)
    {
        NodeSlot? slot = Pick(random, root, s => s.Key is "title" or "operationId" or "name" or "description" or "summary" or "url" or "pattern" or "example" or "x-enum" || (s.Value is JsonValue && s.Parent is JsonArray));
        string text = HostileNames.Pick(random);
        slot?.Set(text);
        return $"hostile text at {slot?.Pointer}: '{Short(text)}'";
    }

    // An earlier mutation may have turned "components" into an array or a scalar, whose string indexer throws.
    private static JsonObject? Schemas(JsonNode root)
        => root is JsonObject document && document["components"] is JsonObject components ? components["schemas"] as JsonObject : null;

    private static string DeepNest(Random random, JsonNode root)
    {
        NodeSlot? slot = Pick(random, root, s => s.Parent is JsonObject obj && (obj.ContainsKey("type") || obj.ContainsKey("$ref")) && s.Key == "properties");
        int depth = new[] { 5, 20, 40, 70, 300 }[random.Next(5)];
        JsonNode inner = new JsonObject { ["type"] = "string" };
        for (int i = 0; i < depth; i++)
        {
            inner = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["n" + i] = inner } };
        }

        if (slot?.Value is JsonObject properties)
        {
            properties["deep"] = inner;
        }

        return $"nest {depth} levels at {slot?.Pointer}";
    }

    private static string Grow(Random random, JsonNode root)
    {
        if (Schemas(root) is not { Count: > 0 } schemas)
        {
            return "grow (no schemas)";
        }

        // Enough to make a large document; far more only measures how fast Roslyn compiles thousands of records.
        int copies = new[] { 5, 20, 60 }[random.Next(3)];
        KeyValuePair<string, JsonNode?>[] originals = schemas.ToArray();
        for (int i = 0; i < copies; i++)
        {
            KeyValuePair<string, JsonNode?> original = originals[random.Next(originals.Length)];
            schemas[original.Key + "Copy" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = original.Value?.DeepClone();
        }

        return $"grow schemas by {copies}";
    }

    private static string BigString(Random random, JsonNode root)
    {
        NodeSlot? slot = Pick(random, root, s => s.Key is "description" or "title" or "example");
        int length = new[] { 10_000, 200_000, 1_100_000 }[random.Next(3)];
        slot?.Set(new string('x', length));
        return $"{length}-char string at {slot?.Pointer}";
    }

    private static string WeirdConstraint(Random random, JsonNode root)
    {
        NodeSlot? slot = Pick(random, root, s => s.Value is JsonObject obj && (obj.ContainsKey("type") || obj.ContainsKey("$ref") || obj.ContainsKey("allOf")));
        if (slot?.Value is not JsonObject schema)
        {
            return "weird constraint (no schema)";
        }

        string keyword = s_constraintKeywords[random.Next(s_constraintKeywords.Length)];
        schema[keyword] = s_weirdLimits[random.Next(s_weirdLimits.Length)]();
        if (random.Next(4) == 0)
        {
            // Bounds no value satisfies.
            schema["minLength"] = 10;
            schema["maxLength"] = 1;
            schema["minimum"] = 5;
            schema["maximum"] = -5;
            schema["minItems"] = 3;
            schema["maxItems"] = 0;
        }

        return $"weird {keyword} at {slot.Pointer}";
    }

    private static string Short(string text) => text.Length > 40 ? text.Substring(0, 40) + "…" : text;
}
