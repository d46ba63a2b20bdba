using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Authentication;

namespace CodeGen.Runtime.Http;

/// <summary>
/// What a generated client needs to send a request: the injected <see cref="HttpClient"/>, the server and the
/// credentials. Generated clients hold one each; it is safe to use from many threads.
/// </summary>
public sealed class ApiConnection
{
    private readonly IAccessTokenProvider? _accessTokenProvider;

    /// <summary>Creates the connection for one client.</summary>
    /// <param name="httpClient">The client that sends the requests; its lifetime belongs to the caller.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="documentServer">The first server URL of the OpenAPI document with its variables' defaults, or <see langword="null"/> if it has none that is absolute.</param>
    public ApiConnection(HttpClient httpClient, ApiClientOptions options, Uri? documentServer)
    {
        HttpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        BaseAddress = options.BaseAddress ?? httpClient.BaseAddress ?? documentServer
            ?? throw new ArgumentException(
                "No server address: set the options' BaseAddress or the HttpClient's BaseAddress, because the OpenAPI document names no absolute server URL.",
                nameof(options));
        if (!BaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The server address '{BaseAddress}' must be absolute.", nameof(options));
        }

        _accessTokenProvider = options.AccessTokenProvider;
        MaxResponseBodyBytes = options.MaxResponseBodyBytes;
        ValidatesRequests = options.ValidateRequests;
    }

    /// <summary>The client that sends the requests.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>The server every request path is appended to.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The largest response body the client reads into memory.</summary>
    public int MaxResponseBodyBytes { get; }

    /// <summary>Whether request bodies are checked against the API description before they are sent.</summary>
    public bool ValidatesRequests { get; }

    /// <summary>
    /// Sends the request and returns as soon as the headers arrive, so the body can be streamed or bounded.
    /// </summary>
    /// <param name="request">The request; the caller disposes it.</param>
    /// <param name="useBearerToken">Whether the operation declares bearer security.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool useBearerToken, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (useBearerToken && _accessTokenProvider is not null)
        {
            string? token = await _accessTokenProvider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        RequestDeadline.Start(request, HttpClient.Timeout);
        return await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }
}
