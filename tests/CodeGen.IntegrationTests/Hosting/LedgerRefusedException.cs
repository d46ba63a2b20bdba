namespace CodeGen.IntegrationTests.Hosting;

/// <summary>What the ledger tests' inspector throws for <c>ok: false</c>.</summary>
public sealed class LedgerRefusedException(string reason, string? traceId, string? requestId)
    : Exception("The ledger refused the call: " + reason)
{
    public string Reason { get; } = reason;

    public string? TraceId { get; } = traceId;

    public string? RequestId { get; } = requestId;
}
