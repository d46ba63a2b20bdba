namespace AigcVideo.Simulator.Validation;

/// <summary>What the validated <c>file_infos</c> contain, for the rules that span several fields.</summary>
/// <param name="Count">How many items were sent.</param>
/// <param name="HasFirstFrame">Whether an item is a first frame (explicitly, or by the default usage).</param>
/// <param name="HasLastFrame">Whether an item has <c>usage</c> <c>LastFrame</c>.</param>
internal sealed record FileInfosSummary(int Count, bool HasFirstFrame, bool HasLastFrame)
{
    /// <summary>The summary when no <c>file_infos</c> were sent.</summary>
    public static FileInfosSummary None { get; } = new(0, false, false);
}
