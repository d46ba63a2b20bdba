namespace AigcVideo.Cli.Commands;

/// <summary>Whether to save the video, and where.</summary>
/// <param name="Requested">Save it once the task succeeded.</param>
/// <param name="OutputPath">The path given with <c>--output</c>, if any.</param>
internal sealed record DownloadSettings(bool Requested, string? OutputPath)
{
    /// <summary>The path to save to, or <see langword="null"/> when nothing should be downloaded.</summary>
    public string? PathFor(string taskId) => Requested ? OutputPath ?? $"{taskId}.mp4" : null;
}
