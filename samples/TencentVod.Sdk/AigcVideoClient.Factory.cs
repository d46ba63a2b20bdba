using System;
using System.Net.Http;

namespace TencentVod.Sdk
{
    // The generated client is a partial class: an SDK adds its own entry points next to the generated operations.
    public sealed partial class AigcVideoClient
    {
        /// <summary>
        /// Creates a client for <paramref name="options"/> over <paramref name="httpClient"/>. The caller owns the
        /// <see cref="HttpClient"/>; share one (or use <c>IHttpClientFactory</c>) rather than one per call.
        /// </summary>
        /// <param name="options">The gateway address and API key; validated here.</param>
        /// <param name="httpClient">The connection pool to send through.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The options cannot work (for example an empty API key).</exception>
        public static AigcVideoClient Create(TencentVodOptions options, HttpClient httpClient)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            if (httpClient is null)
            {
                throw new ArgumentNullException(nameof(httpClient));
            }

            return new AigcVideoClient(httpClient, options.ToClientOptions());
        }
    }
}
