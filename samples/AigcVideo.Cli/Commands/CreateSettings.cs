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
    string? SessionId,
    int? Priority,
    bool NoWait,
    TimeSpan PollInterval,
    TimeSpan Timeout);
