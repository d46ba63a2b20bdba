namespace AigcVideo.Cli.Commands;

/// <summary>The parsed options of the create command (also the default command).</summary>
internal sealed record CreateSettings(
    string Model,
    string ModelVersion,
    string Prompt,
    string? NegativePrompt,
    string? Resolution,
    string? AspectRatio,
    float? Duration,
    bool Audio,
    string? FirstFrame,
    IReadOnlyList<string> ReferenceImages,
    string? LastFrame,
    string? SessionId,
    int? Priority,
    bool NoWait,
    WaitSettings Wait,
    DownloadSettings Download);
