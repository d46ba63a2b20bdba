using System;
using System.Net.Http;
using CodeGen.Runtime.Authentication;

namespace Acme.Video
{
    /// <summary>The SDK author's own entry point, next to the generated client.</summary>
    public static class VideoSdk
    {
        /// <summary>A client for the gateway at <paramref name="baseAddress"/> that sends <paramref name="apiKey"/> as a bearer token.</summary>
        public static AigcVideoClient Connect(HttpClient httpClient, Uri baseAddress, string apiKey)
            => new AigcVideoClient(httpClient, new AigcVideoClientOptions
            {
                BaseAddress = baseAddress,
                AccessTokenProvider = AccessTokenProvider.FromToken(apiKey),
            });
    }
}
