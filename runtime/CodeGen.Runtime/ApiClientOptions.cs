using System;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Responses;
using Microsoft.Extensions.Logging;

namespace CodeGen.Runtime;

/// <summary>
/// Settings shared by every generated client. Each generated client has its own derived options type,
/// so that several clients can be configured side by side.
/// </summary>
public class ApiClientOptions
{
    /// <summary>
    /// The server to call. When <see langword="null"/>, the <see cref="System.Net.Http.HttpClient.BaseAddress"/> of the
    /// injected client is used, and failing that the first server URL of the OpenAPI document.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Supplies bearer tokens for operations that declare bearer security.</summary>
    public IAccessTokenProvider? AccessTokenProvider { get; set; }

    /// <summary>
    /// The largest response body, in bytes, that the client reads into memory. Larger bodies fail with an
    /// <see cref="Errors.ApiException"/> instead of exhausting memory. The default is 32 MiB.
    /// </summary>
    public int MaxResponseBodyBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Creates the client's logger, in the category of the client's full type name. When registered through the
    /// generated <c>Add{Client}</c> extension, the container's factory is used unless this is set. When
    /// <see langword="null"/>, nothing is logged.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Checks every successfully read body before it is returned, for APIs that answer 2xx with an error inside;
    /// see <see cref="IApiResponseInspector"/>. When <see langword="null"/>, every 2xx is a success.
    /// </summary>
    public IApiResponseInspector? ResponseInspector { get; set; }

    /// <summary>
    /// Whether request bodies are checked against the constraints of the API description (lengths, ranges, patterns,
    /// formats, required members) before anything is sent; a broken one throws a
    /// <see cref="Validation.RequestValidationException"/> listing all of them. On by default.
    /// </summary>
    public bool ValidateRequests { get; set; } = true;
}
