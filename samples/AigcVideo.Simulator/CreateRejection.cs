namespace AigcVideo.Simulator;

/// <summary>An error the simulator can answer a create request with on demand, see <see cref="AigcVideoSimulator.RejectNextCreate(CreateRejection)"/>.</summary>
public enum CreateRejection
{
    /// <summary>HTTP 400 <c>InvalidParameter.VoilationContent</c>: the prompt breaks the content policy.</summary>
    ContentViolation,

    /// <summary>HTTP 429 <c>RequestLimitExceeded</c>: the request rate limit (20 creates per second) was exceeded.</summary>
    RateLimit,

    /// <summary>HTTP 429 <c>RequestLimitExceeded</c> with 70000 in the message: the one-concurrent-task limit was hit.</summary>
    ConcurrencyLimit,
}
