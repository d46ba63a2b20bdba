using System.Text.Json.Nodes;
using CodeGen.Benchmarks.Payloads;

namespace CodeGen.Benchmarks.Json;

/// <summary>
/// Before anything is timed: every serializer writes the same JSON (member order aside) and reads the fields that
/// matter, so no contestant wins by doing less.
/// </summary>
internal static class JsonPayloadCheck
{
    public static void Verify(JsonBenchmarks benchmarks)
    {
        JsonNode expected = JsonNode.Parse(Payload.CreateRequest)!;
        Check(expected, benchmarks, b => b.SerializeSourceGenerated(), "STJ source generator");
        Check(expected, benchmarks, b => b.SerializeOurs(), "ours");
        Check(expected, benchmarks, b => b.SerializeReflection(), "STJ reflection");

        Require(benchmarks.DeserializeOurs()?.Response.AigcVideoTask?.Output?.FileInfos?[0].FileUrl, "ours");
        Require(benchmarks.DeserializeSourceGenerated()?.Response.AigcVideoTask?.Output?.FileInfos?[0].FileUrl, "STJ source generator");
        Require(benchmarks.DeserializeReflection()?.Response.AigcVideoTask?.Output?.FileInfos?[0].FileUrl, "STJ reflection");
    }

    private static void Check(JsonNode expected, JsonBenchmarks benchmarks, Func<JsonBenchmarks, int> serialize, string who)
    {
        serialize(benchmarks);
        JsonNode actual = JsonNode.Parse(benchmarks.LastWritten)!;
        if (!JsonNode.DeepEquals(Normalize(expected), Normalize(actual)))
        {
            throw new InvalidOperationException($"{who} wrote different JSON: {actual.ToJsonString()}");
        }
    }

    // Numbers compare by value (5 and 5.0 are the same duration), objects ignore member order.
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Normalize).ToArray()),
        JsonValue v when v.TryGetValue(out double d) => JsonValue.Create(d),
        JsonValue v => JsonNode.Parse(v.ToJsonString()),
        _ => null,
    };

    private static void Require(string? fileUrl, string who)
    {
        if (fileUrl != Payload.VideoUrl)
        {
            throw new InvalidOperationException($"{who} did not read the video URL from the query response.");
        }
    }
}
