using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using CodeGen.Benchmarks.Peers.Dtos;

namespace CodeGen.Benchmarks.Peers.HandWritten;

/// <summary>
/// The floor: the two calls written by hand over HttpClient, with Utf8JsonWriter for the body and Utf8JsonReader
/// for the response, a bearer header per request and a status check. No options, no error bodies, no limits.
/// </summary>
internal sealed class HandWrittenAigcVideoClient
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly string _apiKey;

    public HandWrittenAigcVideoClient(HttpClient http, string apiKey)
    {
        _http = http;
        _apiKey = apiKey;
    }

    public async Task<CreateTaskResponseDto> CreateAigcVideoTaskAsync(CreateTaskRequestDto body, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            HandWrittenRequestWriter.Write(writer, body);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "tencent-vod/v1/aigc-video") { Content = new ReadOnlyMemoryContent(buffer.WrittenMemory) };
        request.Content.Headers.ContentType = s_json;
        byte[] json = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return HandWrittenResponseReader.ReadCreateResponse(json);
    }

    public async Task<QueryTaskResponseDto> QueryTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "tencent-vod/v1/query/" + Uri.EscapeDataString(taskId));
        byte[] json = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return HandWrittenResponseReader.ReadQueryResponse(json);
    }

    private async Task<byte[]> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException("The server answered " + (int)response.StatusCode, null, response.StatusCode);
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }
}
