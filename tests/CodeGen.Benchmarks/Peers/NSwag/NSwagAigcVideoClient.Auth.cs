using System.Net.Http.Headers;

namespace CodeGen.Benchmarks.Peers.NSwag.Generated;

// NSwag generates no authentication; its documented hook is the PrepareRequest partial method. The key is set per
// request, as our client asks its token provider per request.
public partial class NSwagAigcVideoClient
{
    public string ApiKey { get; set; } = string.Empty;

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
        => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
}
