using AigcVideo.Simulator.Faults;

namespace AigcVideo.Simulator.Tasks;

/// <summary>A validated create request: what the task store needs to run and describe the task.</summary>
/// <param name="ModelName">The model name as sent (e.g. <c>Kling</c>).</param>
/// <param name="ModelVersion">The model version as sent, or <see langword="null"/> when none was sent.</param>
/// <param name="SessionId">The deduplication key, or <see langword="null"/> when absent or empty.</param>
/// <param name="SessionContext">The pass-through context, or <see langword="null"/> when absent.</param>
/// <param name="Output">Where and how the result file is stored.</param>
/// <param name="InputEcho">The UTF-8 JSON of the PascalCase <c>AigcVideoTask.Input</c> echo.</param>
internal sealed record TaskSubmission(
    string ModelName,
    string? ModelVersion,
    string? SessionId,
    string? SessionContext,
    OutputSettings Output,
    ReadOnlyMemory<byte> InputEcho)
{
    /// <summary>What the prompt's magic token asked to go wrong; <see cref="FaultPlan.None"/> normally.</summary>
    public FaultPlan Faults { get; init; } = FaultPlan.None;
}
