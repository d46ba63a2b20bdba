using AigcVideo.Simulator.Errors;

namespace AigcVideo.Simulator.Faults;

/// <summary>
/// The magic prompt tokens that make the simulator fail on purpose, so that a CLI user (who cannot call
/// <see cref="AigcVideoSimulator"/> methods) can see every failure. A token is <c>[sim:…]</c> anywhere in <c>prompt</c>.
/// </summary>
internal static class PromptTokens
{
    /// <summary>Rejects the create with HTTP 400 <c>InvalidParameter.VoilationContent</c>.</summary>
    public const string RejectContent = "[sim:reject-content]";

    /// <summary>Rejects the create with HTTP 429 <c>RequestLimitExceeded</c> (rate limit).</summary>
    public const string RateLimit = "[sim:rate-limit]";

    /// <summary>Rejects the create with HTTP 429 <c>RequestLimitExceeded</c> (concurrency limit, 70000).</summary>
    public const string ConcurrencyLimit = "[sim:concurrency-limit]";

    /// <summary>Creates the task; it ends FINISH with <c>InvalidParameter.VoilationContent</c>.</summary>
    public const string FailContent = "[sim:fail-content]";

    /// <summary>Creates the task; it ends FINISH with the <c>ErrCodeExt</c> written after the equals sign.</summary>
    public const string FailPrefix = "[sim:fail=";

    /// <summary>Creates the task; it ends ABORTED.</summary>
    public const string Abort = "[sim:abort]";

    private const string Prefix = "[sim:";

    private static readonly string[] Known = [RejectContent, RateLimit, ConcurrencyLimit, FailContent, FailPrefix + "<ErrCodeExt>]", Abort];

    /// <summary>
    /// The plan the first token of <paramref name="prompt"/> asks for; <see cref="FaultPlan.None"/> without a token.
    /// A token the simulator does not know fails with <c>InvalidParameterValue</c>, so that a typo is not silently a success.
    /// </summary>
    public static FaultPlan Read(string? prompt)
    {
        int start = prompt?.IndexOf(Prefix, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return FaultPlan.None;
        }

        int end = prompt!.IndexOf(']', start);
        string token = end < 0 ? prompt[start..] : prompt[start..(end + 1)];
        switch (token)
        {
            case RejectContent:
                return new FaultPlan(CreateRejection.ContentViolation, null, false);
            case RateLimit:
                return new FaultPlan(CreateRejection.RateLimit, null, false);
            case ConcurrencyLimit:
                return new FaultPlan(CreateRejection.ConcurrencyLimit, null, false);
            case FailContent:
                return new FaultPlan(null, TaskFailure.ContentViolation, false);
            case Abort:
                return new FaultPlan(null, null, true);
        }

        if (token.StartsWith(FailPrefix, StringComparison.Ordinal) && end > start + FailPrefix.Length)
        {
            return new FaultPlan(null, TaskFailure.FromErrCodeExt(token[FailPrefix.Length..^1]), false);
        }

        throw ApiError.InvalidValue(
            $"The parameter 'prompt' holds the unknown simulator token '{token}'; known tokens: {string.Join(", ", Known)}.").ToException();
    }
}
