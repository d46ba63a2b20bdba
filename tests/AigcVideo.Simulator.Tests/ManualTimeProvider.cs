namespace AigcVideo.Simulator.Tests;

/// <summary>A clock that moves only when a test advances it.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    /// <summary>The instant every test starts at.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private long _utcTicks = Start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
