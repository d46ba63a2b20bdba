namespace CodeGen.Benchmarks.Payloads;

/// <summary>
/// The wire bytes every peer sends and receives, taken from the spec's own examples (createAigcVideoTask
/// <c>klingTextToVideo</c> and <c>created</c>, queryTask <c>finishedSuccess</c>), compact as a server sends them.
/// </summary>
internal static class Payload
{
    public static byte[] CreateRequest { get; } = Load("create-request.json");

    public static byte[] CreateResponse { get; } = Load("create-response.json");

    public static byte[] QueryResponse { get; } = Load("query-response.json");

    public const string TaskId = "251007502-AigcVideo***25dacdcef7dd2b20fdt";

    public const string VideoUrl = "http://251007502.vod-qcloud.com/aigc/20260821/aigcVideoGenFile.mp4";

    public const string ApiKey = "sk-benchmark";

    private static byte[] Load(string name)
    {
        using Stream stream = typeof(Payload).Assembly.GetManifestResourceStream("Payloads." + name)
            ?? throw new InvalidOperationException("Missing embedded payload " + name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        // Trailing newline from the file is not part of a server's body.
        return copy.ToArray().AsSpan().TrimEnd("\r\n"u8).ToArray();
    }
}
