namespace AigcVideo.Simulator.Errors;

/// <summary>The Tencent Cloud API 3.0 error codes the simulator returns (reference §2, §3.1).</summary>
internal static class ErrorCodes
{
    /// <summary>No usable <c>Authorization: Bearer</c> header (HTTP 401).</summary>
    public const string SignatureFailure = "AuthFailure.SignatureFailure";

    /// <summary>A bearer token that is not the simulator's API key (HTTP 401).</summary>
    public const string TokenFailure = "AuthFailure.TokenFailure";

    /// <summary>Malformed body, duplicate session id, or a rule that spans several fields (HTTP 400).</summary>
    public const string InvalidParameter = "InvalidParameter";

    /// <summary>A field with a wrong type or a value outside its allowed set or range (HTTP 400).</summary>
    public const string InvalidParameterValue = "InvalidParameterValue";

    /// <summary><c>session_id</c> longer than 50 characters (HTTP 400).</summary>
    public const string SessionIdTooLong = "InvalidParameterValue.SessionIdTooLong";

    /// <summary><c>session_context</c> longer than 1000 characters (HTTP 400).</summary>
    public const string SessionContextTooLong = "InvalidParameterValue.SessionContextTooLong";

    /// <summary>A task id that the simulator never issued (HTTP 400).</summary>
    public const string InvalidTaskId = "InvalidParameterValue.TaskId";

    /// <summary>The prompt breaks the content policy (HTTP 400); Tencent's spelling, reference §3.1.</summary>
    public const string VoilationContent = "InvalidParameter.VoilationContent";

    /// <summary>The request rate limit or the concurrent-task limit was exceeded (HTTP 429), reference §2.1.</summary>
    public const string RequestLimitExceeded = "RequestLimitExceeded";

    /// <summary>A required field is absent, null or empty (HTTP 400).</summary>
    public const string MissingParameter = "MissingParameter";

    /// <summary>A task older than the 3-day query window, or a file that does not (or no longer) exist.</summary>
    public const string ResourceNotFound = "ResourceNotFound";

    /// <summary>A path the gateway does not serve (HTTP 404).</summary>
    public const string InvalidAction = "InvalidAction";

    /// <summary>A known path called with the wrong HTTP method (HTTP 405).</summary>
    public const string UnsupportedOperation = "UnsupportedOperation";

    /// <summary>An unexpected failure inside the simulator (HTTP 500).</summary>
    public const string InternalError = "InternalError";
}
