namespace AigcVideo.Simulator.Validation;

/// <summary>What the validated <c>file_infos</c> contain, for the rules that span several fields.</summary>
/// <param name="Count">How many items were sent.</param>
/// <param name="HasFirstFrame">Whether an item is a first frame (explicitly, or an image by the default usage).</param>
/// <param name="HasLastFrame">Whether an item has <c>usage</c> <c>LastFrame</c>.</param>
/// <param name="Images">How many items are images (<c>category</c> <c>Image</c> or absent).</param>
/// <param name="HasVideo">Whether an item has <c>category</c> <c>Video</c>.</param>
internal sealed record FileInfosSummary(int Count, bool HasFirstFrame, bool HasLastFrame, int Images = 0, bool HasVideo = false)
{
    /// <summary>The summary when no <c>file_infos</c> were sent.</summary>
    public static FileInfosSummary None { get; } = new(0, false, false);
}
