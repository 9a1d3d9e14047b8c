namespace Ferrum.Storage.Tests.Support;

/// <summary>A clock the test sets; every write reads its time from here.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
