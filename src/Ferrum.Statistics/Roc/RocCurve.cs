using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Roc;

/// <summary>
/// An empirical ROC curve built as pROC 1.18 builds it: thresholds at the midpoints between the sorted unique
/// predictor values plus ±∞, <c>direction</c> chosen by pROC's median rule unless given, points ordered by
/// increasing specificity, and the AUC (equal to the Mann–Whitney U / (n_controls · n_cases)).
/// </summary>
public sealed partial class RocCurve
{
    private readonly double[] controls;
    private readonly double[] cases;
    private readonly double[] thresholds;
    private readonly double[] sensitivities;
    private readonly double[] specificities;

    private RocCurve(double[] controls, double[] cases, double[] sortedControls, double[] sortedCases, RocDirection direction)
    {
        this.controls = controls;
        this.cases = cases;
        SortedControls = sortedControls;
        SortedCases = sortedCases;
        Direction = direction;
        (thresholds, sensitivities, specificities) = RocPoints.Build(sortedControls, sortedCases, direction);
        var twiceU = SunXu.TwiceU(sortedControls, sortedCases);
        var pairs = 2.0 * controls.Length * cases.Length;
        Auc = direction == RocDirection.ControlsLower ? twiceU / pairs : (pairs - twiceU) / pairs;
    }

    /// <summary>The direction used (given, or chosen by the median rule).</summary>
    public RocDirection Direction { get; }

    /// <summary>Area under the full curve, in [0, 1].</summary>
    public double Auc { get; }

    /// <summary>Control values in the order given.</summary>
    public IReadOnlyList<double> Controls => controls;

    /// <summary>Case values in the order given.</summary>
    public IReadOnlyList<double> Cases => cases;

    /// <summary>Thresholds in pROC's order (specificity increasing), from −∞ or +∞ to the other end.</summary>
    public IReadOnlyList<double> Thresholds => thresholds;

    /// <summary>Sensitivity at each threshold (proportion).</summary>
    public IReadOnlyList<double> Sensitivities => sensitivities;

    /// <summary>Specificity at each threshold (proportion), non-decreasing.</summary>
    public IReadOnlyList<double> Specificities => specificities;

    /// <summary>The curve's points in pROC's order.</summary>
    public IReadOnlyList<RocPoint> Points =>
        [.. thresholds.Select((t, i) => new RocPoint(t, specificities[i], sensitivities[i]))];

    internal double[] SortedControls { get; }

    internal double[] SortedCases { get; }

    /// <summary>
    /// Builds the curve from the two groups. <paramref name="direction"/> null means pROC's <c>"auto"</c>:
    /// controls lower when median(controls) ≤ median(cases), else controls higher.
    /// </summary>
    /// <exception cref="StatisticsInputException">A group is empty (<c>stats.empty-group</c>) or holds NaN/±∞ (<c>stats.non-finite</c>).</exception>
    public static RocCurve Create(ReadOnlySpan<double> controls, ReadOnlySpan<double> cases, RocDirection? direction = null)
    {
        DataChecks.Finite(controls, nameof(controls));
        DataChecks.Finite(cases, nameof(cases));
        var c = controls.ToArray();
        var d = cases.ToArray();
        var sc = (double[])c.Clone();
        var sd = (double[])d.Clone();
        RadixSort.Sort(sc);
        RadixSort.Sort(sd);
        return new RocCurve(c, d, sc, sd, direction ?? AutoDirection(sc, sd));
    }

    /// <summary>
    /// Builds the curve from a response and a predictor, as <c>roc(response, predictor, levels = c(control, case))</c>.
    /// As in pROC, observations whose response is neither level are left out.
    /// </summary>
    /// <exception cref="StatisticsInputException">Lengths differ (<c>stats.length-mismatch</c>), or as <see cref="Create"/>.</exception>
    public static RocCurve FromResponse<T>(IReadOnlyList<T> response, IReadOnlyList<double> predictor, T control, T @case, RocDirection? direction = null)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(predictor);
        if (response.Count != predictor.Count)
        {
            throw new StatisticsInputException(
                DataChecks.LengthMismatch, $"response has {response.Count} values but predictor has {predictor.Count}.", nameof(predictor));
        }

        if (control.Equals(@case)) throw DataChecks.Invalid(nameof(@case), $"control and case levels must differ (both are '{control}').");
        var c = new List<double>();
        var d = new List<double>();
        for (var i = 0; i < response.Count; i++)
        {
            if (response[i].Equals(control)) c.Add(predictor[i]);
            else if (response[i].Equals(@case)) d.Add(predictor[i]);
        }

        return Create(c.ToArray(), d.ToArray(), direction);
    }

    /// <summary>
    /// Builds the curve from a two-level text response, with R's factor convention: the levels sorted
    /// (ordinal comparison), the first is the control level and the second the case level.
    /// </summary>
    /// <exception cref="StatisticsInputException">The response does not have exactly two levels (<c>stats.invalid-argument</c>).</exception>
    public static RocCurve FromResponse(IReadOnlyList<string> response, IReadOnlyList<double> predictor, RocDirection? direction = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var levels = response.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (levels.Length != 2)
        {
            throw DataChecks.Invalid(nameof(response), $"response has {levels.Length} level(s) ({string.Join(", ", levels.Take(5))}); exactly 2 are needed unless levels are given.");
        }

        return FromResponse(response, predictor, levels[0], levels[1], direction);
    }

    /// <summary>
    /// Builds the curve from a two-level integer response (e.g. 0/1) with R's factor convention: the smaller level is
    /// the control level, the larger the case level.
    /// </summary>
    /// <exception cref="StatisticsInputException">The response does not have exactly two levels (<c>stats.invalid-argument</c>).</exception>
    public static RocCurve FromResponse(IReadOnlyList<int> response, IReadOnlyList<double> predictor, RocDirection? direction = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var levels = response.Distinct().Order().ToArray();
        if (levels.Length != 2)
        {
            throw DataChecks.Invalid(nameof(response), $"response has {levels.Length} level(s); exactly 2 are needed unless levels are given.");
        }

        return FromResponse(response, predictor, levels[0], levels[1], direction);
    }

    internal static RocCurve FromSorted(double[] sortedControls, double[] sortedCases, RocDirection direction) =>
        new(sortedControls, sortedCases, sortedControls, sortedCases, direction);

    internal static RocDirection AutoDirection(double[] sortedControls, double[] sortedCases) =>
        SortedMedian(sortedControls) <= SortedMedian(sortedCases) ? RocDirection.ControlsLower : RocDirection.ControlsHigher;

    internal static double SortedMedian(ReadOnlySpan<double> sorted)
    {
        var n = sorted.Length;
        if (n % 2 == 1) return sorted[n / 2];
        var sum = sorted[(n / 2) - 1] + sorted[n / 2];
        return double.IsFinite(sum) ? sum / 2 : (sorted[(n / 2) - 1] / 2) + (sorted[n / 2] / 2);
    }
}
