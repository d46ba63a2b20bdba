namespace AigcVideo.Simulator.Tasks;

/// <summary>The parts of <c>output_config</c> that shape <c>AigcVideoTask.Output.FileInfos</c>.</summary>
/// <param name="StorageMode"><c>Temporary</c> (default) or <c>Permanent</c>.</param>
/// <param name="MediaName">The requested media name (reported for permanent files only).</param>
/// <param name="ClassId">The requested VOD category id (reported for permanent files only).</param>
/// <param name="ExpireTime">The requested deletion time of a permanent file, if any.</param>
internal sealed record OutputSettings(string StorageMode, string? MediaName, long? ClassId, DateTimeOffset? ExpireTime)
{
    /// <summary>The storage mode used when <c>output_config.storage_mode</c> is absent.</summary>
    public const string DefaultStorageMode = "Temporary";

    /// <summary>How long a temporary result URL stays valid (reference §1.4: 7 days).</summary>
    public static readonly TimeSpan TemporaryUrlLifetime = TimeSpan.FromDays(7);

    /// <summary>Settings for a request without <c>output_config</c>.</summary>
    public static OutputSettings Default { get; } = new(DefaultStorageMode, null, null, null);

    /// <summary>The requested <c>output_config.resolution</c>, if any (some models' last-frame rule depends on it).</summary>
    public string? Resolution { get; init; }

    /// <summary>The requested <c>output_config.duration</c> in seconds, if any (multi-shot durations must add up to it).</summary>
    public double? Duration { get; init; }

    /// <summary>Whether the result is a temporary URL (as opposed to a file stored in VOD).</summary>
    public bool IsTemporary => string.Equals(StorageMode, DefaultStorageMode, StringComparison.Ordinal);

    /// <summary>When the result file of a task that finished at <paramref name="finishTime"/> expires, if ever.</summary>
    public DateTimeOffset? FileExpiry(DateTimeOffset finishTime) => IsTemporary ? finishTime + TemporaryUrlLifetime : ExpireTime;
}
