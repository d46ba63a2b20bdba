namespace CodeGen.Benchmarks.Runtime.InMemory;

/// <summary>Per-call cost without a network: the handler answers in memory, so only client-side work is timed.</summary>
public class InMemoryCallBenchmarks : ClientCallBenchmarks
{
    private protected override PeerClients CreatePeers() => new(() => new CannedResponseHandler(), new Uri("http://in-memory.test/"));
}
