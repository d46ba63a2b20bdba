namespace AigcVideo.Cli.Commands;

/// <summary>The options every command shares: which gateway to call and how to print.</summary>
/// <param name="BaseUrl">The gateway; <see langword="null"/> means the local simulator.</param>
/// <param name="Json">Print JSON lines instead of text.</param>
internal sealed record TargetSettings(Uri? BaseUrl, bool Json);
