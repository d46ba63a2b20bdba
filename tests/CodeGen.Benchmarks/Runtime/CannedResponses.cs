using CodeGen.Benchmarks.Payloads;

namespace CodeGen.Benchmarks.Runtime;

/// <summary>Which canned body answers a request: the same bytes for every client, chosen by method alone.</summary>
internal static class CannedResponses
{
    public static byte[] For(string method) => method == "POST" ? Payload.CreateResponse : Payload.QueryResponse;
}
