using System;

namespace TencentVod.Sdk
{
    /// <summary>
    /// How to reach the aigc-video gateway: its address and the API key. Validated when a client is created, so a
    /// missing key fails at start-up with a clear message instead of as a 401 on the first call.
    /// </summary>
    public sealed class TencentVodOptions
    {
        /// <summary>The environment variable <see cref="FromEnvironment"/> reads the API key from.</summary>
        public const string ApiKeyVariable = "AIGC_VIDEO_API_KEY";

        /// <summary>The environment variable <see cref="FromEnvironment"/> reads the gateway address from.</summary>
        public const string BaseUrlVariable = "AIGC_VIDEO_BASE_URL";

        /// <summary>The gateway's bearer token.</summary>
        public string ApiKey { get; set; } = string.Empty;

        /// <summary>The gateway's scheme and host; <see cref="AigcVideoClient.DefaultBaseAddress"/> when not set.</summary>
        public Uri? BaseAddress { get; set; }

        /// <summary>
        /// The largest response body the client reads; larger bodies fail instead of filling memory. Defaults to
        /// the runtime's limit.
        /// </summary>
        public int? MaxResponseBodyBytes { get; set; }

        /// <summary>
        /// Reads <see cref="ApiKeyVariable"/> and, when set, <see cref="BaseUrlVariable"/>. A missing key is left
        /// empty, and <see cref="Validate"/> reports it.
        /// </summary>
        public static TencentVodOptions FromEnvironment()
        {
            var options = new TencentVodOptions { ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable)?.Trim() ?? string.Empty };
            string? baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
            if (!string.IsNullOrWhiteSpace(baseUrl))
            {
                options.BaseAddress = ParseBaseAddress(baseUrl!, BaseUrlVariable);
            }

            return options;
        }

        /// <summary>Throws an <see cref="ArgumentException"/> that names the first setting that cannot work.</summary>
        /// <exception cref="ArgumentException">The key is empty or the base address is not an absolute http(s) URL.</exception>
        public void Validate()
        {
            if (string.IsNullOrWhiteSpace(ApiKey))
            {
                throw new ArgumentException($"{nameof(ApiKey)} is empty: set it, or the {ApiKeyVariable} environment variable.", nameof(ApiKey));
            }

            if (BaseAddress is { } address && !IsHttp(address))
            {
                throw new ArgumentException($"{nameof(BaseAddress)} '{address}' is not an absolute http or https URL.", nameof(BaseAddress));
            }

            if (MaxResponseBodyBytes is <= 0)
            {
                throw new ArgumentException($"{nameof(MaxResponseBodyBytes)} must be positive, not {MaxResponseBodyBytes}.", nameof(MaxResponseBodyBytes));
            }
        }

        /// <summary>The generated client's options for these settings.</summary>
        /// <exception cref="ArgumentException">See <see cref="Validate"/>.</exception>
        public AigcVideoClientOptions ToClientOptions()
        {
            Validate();
            var options = new AigcVideoClientOptions
            {
                BaseAddress = BaseAddress,
                AccessTokenProvider = CodeGen.Runtime.Authentication.AccessTokenProvider.FromToken(ApiKey.Trim()),

                // CreateTaskAsync runs the generated checks itself, with the per-model rules, so that one exception
                // lists everything and BypassValidation lifts both.
                ValidateRequests = false,
            };
            if (MaxResponseBodyBytes is { } limit)
            {
                options.MaxResponseBodyBytes = limit;
            }

            return options;
        }

        private static Uri ParseBaseAddress(string text, string source)
        {
            if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? address) || !IsHttp(address))
            {
                throw new ArgumentException($"{source} '{text}' is not an absolute http or https URL.", source);
            }

            return address;
        }

        private static bool IsHttp(Uri address)
            => address.IsAbsoluteUri && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps);
    }
}
