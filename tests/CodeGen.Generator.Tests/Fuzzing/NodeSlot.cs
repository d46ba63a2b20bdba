using System.Text.Json.Nodes;

namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>A place in the tree that holds a value: a key of an object or an index of an array.</summary>
internal sealed record NodeSlot(JsonNode Parent, string? Key, int Index, string Pointer)
{
    public JsonNode? Value => Parent is JsonObject obj ? obj[Key!] : ((JsonArray)Parent)[Index];

    public string Name => Key ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Set(JsonNode? value)
    {
        if (Parent is JsonObject obj)
        {
            obj[Key!] = value;
        }
        else
        {
            ((JsonArray)Parent)[Index] = value;
        }
    }

    public void Remove()
    {
        if (Parent is JsonObject obj)
        {
            obj.Remove(Key!);
        }
        else
        {
            ((JsonArray)Parent).RemoveAt(Index);
        }
    }

    /// <summary>Every slot of the tree, depth first, in document order.</summary>
    public static List<NodeSlot> All(JsonNode root)
    {
        var slots = new List<NodeSlot>();
        var pending = new Stack<(JsonNode Node, string Pointer)>();
        pending.Push((root, string.Empty));
        while (pending.Count > 0)
        {
            (JsonNode node, string pointer) = pending.Pop();
            if (node is JsonObject obj)
            {
                foreach (KeyValuePair<string, JsonNode?> pair in obj)
                {
                    string child = pointer + "/" + pair.Key;
                    slots.Add(new NodeSlot(obj, pair.Key, -1, child));
                    if (pair.Value is JsonObject or JsonArray)
                    {
                        pending.Push((pair.Value, child));
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    string child = pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    slots.Add(new NodeSlot(array, null, i, child));
                    if (array[i] is JsonObject or JsonArray)
                    {
                        pending.Push((array[i]!, child));
                    }
                }
            }
        }

        return slots;
    }
}
