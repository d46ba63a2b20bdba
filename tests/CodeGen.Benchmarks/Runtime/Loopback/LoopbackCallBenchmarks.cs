namespace CodeGen.Benchmarks.Runtime.Loopback;

/// <summary>
/// Per-call cost through sockets: Kestrel on 127.0.0.1 in a child process (its work is not in this process's
/// allocation count), each client on its own connection pool.
/// </summary>
public class LoopbackCallBenchmarks : ClientCallBenchmarks
{
    private CannedServerProcess? _server;

    private protected override PeerClients CreatePeers()
    {
        _server = CannedServerProcess.Start();
        return new PeerClients(() => new SocketsHttpHandler(), _server.Address);
    }

    private protected override void Stop() => _server?.Dispose();
}
