using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Validation;

/// <summary>The fields every create endpoint shares: <c>session_id</c>, <c>session_context</c>, <c>tasks_priority</c>.</summary>
internal static class SessionFields
{
    /// <summary><c>session_id</c> may hold at most this many characters.</summary>
    public const int MaxSessionIdLength = 50;

    /// <summary><c>session_context</c> may hold at most this many characters.</summary>
    public const int MaxSessionContextLength = 1000;

    /// <summary>The lowest <c>tasks_priority</c>.</summary>
    public const int MinPriority = -10;

    /// <summary>The highest <c>tasks_priority</c>.</summary>
    public const int MaxPriority = 10;

    /// <summary>
    /// Reads and checks the three fields and returns the session id to deduplicate on (<see langword="null"/> when
    /// absent or empty) and the context. Tencent reports both on <c>AigcVideoTask</c>, not in the <c>Input</c> echo.
    /// </summary>
    public static (string? SessionId, string? SessionContext) Read(JsonObjectReader body)
    {
        string? sessionId = body.String("session_id", MaxSessionIdLength, ErrorCodes.SessionIdTooLong);
        string? sessionContext = body.String("session_context", MaxSessionContextLength, ErrorCodes.SessionContextTooLong);
        body.Integer("tasks_priority", MinPriority, MaxPriority);

        return (string.IsNullOrEmpty(sessionId) ? null : sessionId, sessionContext);
    }
}
