using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharpYaml;
using SharpYaml.Events;

namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>
/// Reads a seed document (YAML or JSON) into a mutable <see cref="JsonNode"/> tree and writes a tree back as JSON or
/// as block YAML, so mutations work on nodes rather than on characters.
/// </summary>
internal static class DocumentTree
{
    public static JsonNode Read(string text)
    {
        IParser parser = Parser.CreateParser(new StringReader(text), 1000);
        var stack = new Stack<(JsonNode Node, string? PendingKey)>();
        JsonNode? root = null;
        while (parser.MoveNext())
        {
            JsonNode? node = parser.Current switch
            {
                MappingStart => new JsonObject(),
                SequenceStart => new JsonArray(),
                Scalar scalar => FromScalar(scalar),
                _ => null,
            };

            if (parser.Current is MappingEnd or SequenceEnd)
            {
                JsonNode finished = stack.Pop().Node;
                Attach(stack, finished, ref root);
                continue;
            }

            if (node is JsonObject or JsonArray)
            {
                stack.Push((node, null));
            }
            else if (parser.Current is Scalar scalar && stack.Count > 0 && stack.Peek() is { Node: JsonObject, PendingKey: null } top)
            {
                stack.Pop();
                stack.Push((top.Node, scalar.Value));
            }
            else if (parser.Current is Scalar)
            {
                Attach(stack, node, ref root);
            }
        }

        return root ?? new JsonObject();
    }

    /// <summary>Non-ASCII stays literal, so names in other scripts reach the generator as written.</summary>
    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 4096 };

    private static readonly JsonSerializerOptions s_indented = new(s_relaxed) { WriteIndented = true };

    public static string WriteJson(JsonNode root) => root.ToJsonString(s_indented);

    /// <summary>Block YAML whose scalars are JSON strings and numbers (valid YAML), so line structure is exercised too.</summary>
    public static string WriteYaml(JsonNode root)
    {
        var text = new StringBuilder();
        WriteYamlValue(text, root, 0, inline: false);
        return text.ToString();
    }

    private static void Attach(Stack<(JsonNode Node, string? PendingKey)> stack, JsonNode? node, ref JsonNode? root)
    {
        if (stack.Count == 0)
        {
            root ??= node;
            return;
        }

        (JsonNode parent, string? key) = stack.Pop();
        if (parent is JsonObject obj)
        {
            obj[key ?? string.Empty] = node;
            stack.Push((parent, null));
        }
        else
        {
            ((JsonArray)parent).Add(node);
            stack.Push((parent, key));
        }
    }

    private static JsonNode? FromScalar(Scalar scalar)
    {
        if (scalar.Style is not SharpYaml.ScalarStyle.Plain)
        {
            return JsonValue.Create(scalar.Value);
        }

        string value = scalar.Value;
        return value switch
        {
            "null" or "~" or "" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer) => JsonValue.Create(integer),
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double real) && double.IsFinite(real) => JsonValue.Create(real),
            _ => JsonValue.Create(value),
        };
    }

    private static void WriteYamlValue(StringBuilder text, JsonNode? node, int indent, bool inline)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                if (inline)
                {
                    text.Append('\n');
                }

                foreach (KeyValuePair<string, JsonNode?> pair in obj)
                {
                    text.Append(' ', indent).Append(JsonSerializer.Serialize(pair.Key, s_relaxed)).Append(':');
                    WriteYamlChild(text, pair.Value, indent + 2);
                }

                break;
            case JsonArray array when array.Count > 0:
                if (inline)
                {
                    text.Append('\n');
                }

                foreach (JsonNode? item in array)
                {
                    text.Append(' ', indent).Append('-');
                    WriteYamlChild(text, item, indent + 2);
                }

                break;
            default:
                text.Append(inline ? " " : string.Empty).Append(node?.ToJsonString(s_relaxed) ?? "null").Append('\n');
                break;
        }
    }

    private static void WriteYamlChild(StringBuilder text, JsonNode? node, int indent)
        => WriteYamlValue(text, node, indent, inline: true);
}
