namespace TencentVod.Sdk
{
    /// <summary>Where a task stands, derived from a query answer by <see cref="AigcVideoTaskState.PhaseOf"/>.</summary>
    public enum AigcVideoTaskPhase
    {
        /// <summary>Not ended: WAITING, PROCESSING, or a status the spec does not know (which may still end well).</summary>
        Running,

        /// <summary>FINISH with ErrCode 0 and an output file URL.</summary>
        Succeeded,

        /// <summary>FINISH with a non-zero ErrCode, or FINISH without an output file.</summary>
        Failed,

        /// <summary>The outer Status is ABORTED.</summary>
        Aborted,
    }
}
