namespace AigcVideo.Simulator.Faults;

/// <summary>What a create request asked the simulator to go wrong, through a magic token in its prompt.</summary>
/// <param name="Rejection">Answer the create itself with this error instead of creating a task.</param>
/// <param name="Failure">Create the task, then end it with this failure when it would have finished.</param>
/// <param name="Abort">Create the task, then abort it when it would have finished.</param>
internal sealed record FaultPlan(CreateRejection? Rejection, TaskFailure? Failure, bool Abort)
{
    /// <summary>Nothing goes wrong.</summary>
    public static FaultPlan None { get; } = new(null, null, false);
}
