using System.Text.Json;
using CodeGen.Benchmarks.Json;
using CodeGen.Benchmarks.Payloads;
using CodeGen.Benchmarks.Peers.Dtos;
using CodeGen.Benchmarks.Peers.HandWritten;
using CodeGen.Benchmarks.Peers.NSwag;
using CodeGen.Benchmarks.Peers.Refit;
using TencentVod.Sdk;

namespace CodeGen.Benchmarks.Runtime;

/// <summary>
/// The four clients of one run, each over its own <see cref="HttpClient"/> on a shared handler (in-memory or a
/// socket pool to the loopback server), with its create request already built from the same payload.
/// </summary>
internal sealed class PeerClients : IDisposable
{
    private readonly HttpClient[] _httpClients;

    public PeerClients(Func<HttpMessageHandler> handler, Uri baseAddress)
    {
        _httpClients = Enumerable.Range(0, 4).Select(_ => new HttpClient(handler(), disposeHandler: true) { BaseAddress = baseAddress }).ToArray();
        Ours = AigcVideoClient.Create(new TencentVodOptions { ApiKey = Payload.ApiKey, BaseAddress = baseAddress }, _httpClients[0]);
        Floor = new HandWrittenAigcVideoClient(_httpClients[1], Payload.ApiKey);
        NSwag = new Peers.NSwag.Generated.NSwagAigcVideoClient(_httpClients[2]) { BaseUrl = baseAddress.ToString(), ApiKey = Payload.ApiKey };
        Refit = RefitClientFactory.Create(_httpClients[3], Payload.ApiKey);
    }

    public AigcVideoClient Ours { get; }

    public HandWrittenAigcVideoClient Floor { get; }

    public Peers.NSwag.Generated.NSwagAigcVideoClient NSwag { get; }

    public IRefitAigcVideoApi Refit { get; }

    public CreateAigcVideoTaskRequest OurRequest { get; } = JsonSerializer.Deserialize(Payload.CreateRequest, OurJson.CreateRequest)!;

    public CreateTaskRequestDto DtoRequest { get; } = JsonSerializer.Deserialize(Payload.CreateRequest, DtoJsonContext.Default.CreateTaskRequestDto)!;

    public Peers.NSwag.Generated.CreateAigcVideoTaskRequest NSwagRequest { get; } = NSwagRequests.Create();

    public void Dispose()
    {
        foreach (HttpClient client in _httpClients)
        {
            client.Dispose();
        }
    }
}
