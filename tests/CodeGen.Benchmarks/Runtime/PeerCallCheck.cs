using System.Text.Json;
using System.Text.Json.Nodes;
using CodeGen.Benchmarks.Payloads;

namespace CodeGen.Benchmarks.Runtime;

/// <summary>
/// One call per client before timing: each must return the task id and the video URL from the canned bodies,
/// and NSwag's request body (built from its own types) is compared with the payload the others send.
/// A client that cannot is reported here; its benchmark then fails the same way and shows as NA.
/// </summary>
internal static class PeerCallCheck
{
    public static void Verify(PeerClients peers)
    {
        ReportNSwagBody(peers);
        Check("floor create", () => peers.Floor.CreateAigcVideoTaskAsync(peers.DtoRequest).Result.Response.TaskId);
        Check("ours create", () => peers.Ours.CreateAigcVideoTaskAsync(peers.OurRequest).Result.Response.TaskId);
        Check("NSwag create", () => peers.NSwag.CreateAigcVideoTaskAsync(peers.NSwagRequest).Result.Response.TaskId);
        Check("Refit create", () => peers.Refit.CreateAigcVideoTaskAsync(peers.DtoRequest).Result.Response.TaskId);
        Check("floor query", () => peers.Floor.QueryTaskAsync(Payload.TaskId).Result.Response.AigcVideoTask?.Output?.FileInfos?[0].FileUrl);
        Check("ours query", () => peers.Ours.QueryTaskAsync(Payload.TaskId).Result.Response.AigcVideoTask?.Output?.FileInfos?[0].FileUrl);
        Check("NSwag query", () => peers.NSwag.QueryTaskAsync(Payload.TaskId).Result.Response.AigcVideoTask?.Output?.FileInfos?.First().FileUrl);
        Check("Refit query", () => peers.Refit.QueryTaskAsync(Payload.TaskId).Result.Response.AigcVideoTask?.Output?.FileInfos?[0].FileUrl);
    }

    private static void Check(string who, Func<string?> call)
    {
        try
        {
            string? value = call();
            if (value is not (Payload.TaskId or Payload.VideoUrl))
            {
                Console.WriteLine($"// PEER CHECK {who}: unexpected result '{value}'");
            }
        }
        catch (Exception e)
        {
            Exception root = e is AggregateException { InnerException: { } inner } ? inner : e;
            Console.WriteLine($"// PEER CHECK {who} FAILED: {root.GetType().Name}: {FirstLine(root.Message)}{(root.InnerException is { } cause ? " <- " + FirstLine(cause.Message) : "")}");
        }
    }

    // NSwag's client serializes with a plain JsonSerializerOptions (plus its UpdateJsonSerializerSettings hook, unused
    // here), so this is the body it sends. Said once, so the docs can quote it rather than guess.
    private static void ReportNSwagBody(PeerClients peers)
    {
        JsonNode expected = JsonNode.Parse(Payload.CreateRequest)!;
        JsonNode sent = JsonSerializer.SerializeToNode(peers.NSwagRequest, new JsonSerializerOptions())!;
        if (!JsonNode.DeepEquals(expected, sent))
        {
            Console.WriteLine("// PEER CHECK NSwag create sends a different body than the payload: " + sent.ToJsonString());
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
