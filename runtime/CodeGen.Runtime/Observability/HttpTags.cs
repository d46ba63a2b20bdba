namespace CodeGen.Runtime.Observability;

/// <summary>
/// The OpenTelemetry HTTP client semantic-convention attribute names the client sets. The full URL is deliberately
/// absent: query strings may carry credentials, so only the path template and the server are recorded.
/// </summary>
internal static class HttpTags
{
    public const string RequestMethod = "http.request.method";
    public const string UrlTemplate = "url.template";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ResponseStatusCode = "http.response.status_code";
    public const string ErrorType = "error.type";

    /// <summary>The generated method that made the call; not an OpenTelemetry name, hence the library prefix.</summary>
    public const string Operation = "codegen.operation";
}
