namespace Ferrum.Statistics.Power;

/// <summary>The design of a t test, as R's <c>power.t.test(type = …)</c>.</summary>
public enum TTestType
{
    /// <summary><c>"two.sample"</c>: n is the number in each group.</summary>
    TwoSample = 0,

    /// <summary><c>"one.sample"</c>.</summary>
    OneSample,

    /// <summary><c>"paired"</c>: n is the number of pairs, sd the SD of the differences.</summary>
    Paired,
}
