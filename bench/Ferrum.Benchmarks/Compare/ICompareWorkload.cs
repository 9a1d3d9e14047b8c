namespace Ferrum.Benchmarks.Compare;

/// <summary>
/// One workload of <c>compare NAME FILE</c>. Implementations are found by reflection, so each area adds its own
/// (e.g. <c>mann-whitney</c>, <c>4pl</c>) in its folder without touching <see cref="CompareCommand"/>.
/// </summary>
internal interface ICompareWorkload
{
    /// <summary>The name given on the command line.</summary>
    string Name { get; }

    /// <summary>Reads the peer's CSV (not timed) and returns the work to time; the work returns a one-line summary.</summary>
    Func<string> Load(string csvPath);

    /// <summary>How many times one call of the work repeats it (for microsecond work); reported times are per repeat.</summary>
    int InnerRepeats => 1;
}
