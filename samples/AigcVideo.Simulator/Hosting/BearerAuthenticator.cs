using System.Security.Cryptography;
using System.Text;
using AigcVideo.Simulator.Errors;
using Microsoft.Net.Http.Headers;

namespace AigcVideo.Simulator.Hosting;

/// <summary>Checks <c>Authorization: Bearer &lt;API key&gt;</c> the way the gateway does (reference §1.6).</summary>
internal sealed class BearerAuthenticator
{
    private const string Scheme = "Bearer";
    private readonly byte[] _apiKey;

    /// <summary>Creates an authenticator that accepts <paramref name="apiKey"/>.</summary>
    public BearerAuthenticator(string apiKey)
    {
        _apiKey = Encoding.UTF8.GetBytes(apiKey);
    }

    /// <summary>
    /// Throws an HTTP 401 <see cref="ApiException"/>: <c>AuthFailure.SignatureFailure</c> when the header is missing or
    /// is not a bearer token, <c>AuthFailure.TokenFailure</c> when the token is not the API key.
    /// </summary>
    public void Authenticate(HttpRequest request)
    {
        string? header = request.Headers[HeaderNames.Authorization].ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw Unauthorized(ErrorCodes.SignatureFailure, "The Authorization header is missing; send 'Authorization: Bearer <API key>'.");
        }

        string trimmed = header.Trim();
        if (!trimmed.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase) || trimmed.Length <= Scheme.Length + 1)
        {
            throw Unauthorized(ErrorCodes.SignatureFailure, "The Authorization header must have the form 'Bearer <API key>'.");
        }

        string token = trimmed[(Scheme.Length + 1)..].Trim();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), _apiKey))
        {
            throw Unauthorized(ErrorCodes.TokenFailure, "The API key in the Authorization header is not valid.");
        }
    }

    private static ApiException Unauthorized(string code, string message) =>
        new ApiError(StatusCodes.Status401Unauthorized, code, message).ToException();
}
