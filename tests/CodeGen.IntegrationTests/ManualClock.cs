namespace CodeGen.IntegrationTests;

/// <summary>A clock the tests move by hand, so task states do not depend on how busy the machine is.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
