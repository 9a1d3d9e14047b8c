namespace Ferrum.Statistics.Tests.Support;

/// <summary>Assertions with a stated relative tolerance (absolute near zero).</summary>
internal static class Approx
{
    public const double ClosedForm = 1e-9;
    public const double Iterative = 1e-6;

    public static void Equal(double expected, double actual, double relative = ClosedForm, string? what = null)
    {
        if (double.IsNaN(expected) && double.IsNaN(actual)) return;
        if (double.IsInfinity(expected) && expected == actual) return;
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        var err = Math.Abs(expected - actual);
        var ok = err <= relative * scale || err <= relative * 1e-12 || (Math.Abs(expected) < 1e-300 && err < 1e-300);
        Assert.True(ok, $"{what ?? "value"}: expected {expected:R}, got {actual:R} (relative error {err / scale:E2} > {relative:E0})");
    }
}
