using System.Net;
using System.Net.Http.Headers;

namespace CodeGen.Benchmarks.Runtime.InMemory;

/// <summary>
/// Answers every request in memory with the canned body, after reading the request body to the end: some clients
/// (Refit's JsonContent) serialize only while the body is copied, so skipping it would skip their work.
/// </summary>
internal sealed class CannedResponseHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var content = new ByteArrayContent(CannedResponses.For(request.Method.Method));
        content.Headers.ContentType = s_json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}
