namespace AigcVideo.Simulator.Tasks;

/// <summary>A status set by <see cref="AigcVideoSimulator.ForceStatus(string, string)"/>.</summary>
/// <param name="Status">The raw status string reported from now on.</param>
/// <param name="At">When the status was forced (simulated clock).</param>
internal sealed record ForcedStatus(string Status, DateTimeOffset At);
