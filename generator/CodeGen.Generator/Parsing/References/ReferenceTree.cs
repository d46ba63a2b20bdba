using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeGen.Generator.Parsing.Limits;
using SharpYaml.Serialization;

namespace CodeGen.Generator.Parsing.References;

/// <summary>Reads a file into the JSON tree Microsoft.OpenApi itself reads, YAML or JSON; throws on malformed text.</summary>
internal static class ReferenceTree
{
    public static JsonNode? Read(string text, bool isJson)
    {
        if (isJson)
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions
            {
                MaxDepth = DocumentLimits.MaxDepth + 8,
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        YamlDocument? document = stream.Documents.FirstOrDefault();
        return document?.RootNode is null ? null : Microsoft.OpenApi.YamlReader.YamlConverter.ToJsonNode(document.RootNode);
    }

    /// <summary>The node a JSON pointer (already free of URI escapes) names, or null.</summary>
    public static JsonNode? Find(JsonNode? tree, string pointer)
    {
        if (pointer.Length == 0)
        {
            return tree;
        }

        if (pointer[0] != '/')
        {
            return null;
        }

        JsonNode? current = tree;
        foreach (string raw in pointer.Substring(1).Split('/'))
        {
            string segment = JsonPointer.Unescape(raw);
            current = current switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out JsonNode? child) ? child : null,
                JsonArray array => int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index < array.Count ? array[index] : null,
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
