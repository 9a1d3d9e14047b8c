using System.Globalization;
using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.DoseResponse;

/// <summary>Input checks for <see cref="DoseResponseCurve.Fit"/> with stable error codes.</summary>
internal static class DoseResponseInput
{
    public static void Validate(double[] x, double[] y, int free, DoseResponseOptions options)
    {
        if (x.Length != y.Length)
            throw new StatisticsInputException("stats.length-mismatch", $"dose has {N(x.Length)} values but response has {N(y.Length)}", "response");
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i])) throw new StatisticsInputException("stats.non-finite", $"dose[{N(i)}] is {F(x[i])}; doses must be finite numbers ≥ 0", "dose");
            if (!double.IsFinite(y[i])) throw new StatisticsInputException("stats.non-finite", $"response[{N(i)}] is {F(y[i])}; responses must be finite", "response");
            if (x[i] < 0) throw new StatisticsInputException("stats.negative-dose", $"dose[{N(i)}] is {F(x[i])}; doses are concentrations and must be ≥ 0", "dose");
        }

        if (x.Length <= free)
            throw new StatisticsInputException("stats.too-few-points", $"{N(x.Length)} points cannot fit {N(free)} free parameters; at least {N(free + 1)} are needed", "dose");
        var distinct = x.Distinct().Count();
        if (distinct < free)
            throw new StatisticsInputException("stats.too-few-doses", $"{N(distinct)} distinct doses cannot determine {N(free)} free parameters; at least {N(free)} are needed", "dose");
        if (y.All(v => v == y[0]))
            throw new StatisticsInputException("stats.constant-response", $"all {N(y.Length)} responses equal {F(y[0])}; a curve needs varying responses", "response");
        if (!(options.Level > 0 && options.Level < 1))
            throw new StatisticsInputException("stats.invalid-option", $"level must be strictly between 0 and 1, got {F(options.Level)}", nameof(options));
        if (options.MaxIterations < 1)
            throw new StatisticsInputException("stats.invalid-option", $"maxIterations must be ≥ 1, got {N(options.MaxIterations)}", nameof(options));
        if (options.Fixed is { } fx && (fx.E is <= 0 || fx.F is <= 0 || fx.ToArray().Any(v => v is { } d && !double.IsFinite(d))))
            throw new StatisticsInputException("stats.invalid-option", "fixed e and f must be > 0 and fixed values finite", nameof(options));
    }

    public static double[] SqrtWeights(double[] y, DoseResponseOptions options)
    {
        var w = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            w[i] = options.Weighting switch
            {
                CurveWeighting.None => 1.0,
                CurveWeighting.InverseResponse => y[i] > 0 ? 1.0 / Math.Sqrt(y[i])
                    : throw new StatisticsInputException("stats.invalid-weight", $"1/y weights need responses > 0; response[{N(i)}] is {F(y[i])}", "response"),
                CurveWeighting.InverseResponseSquared => y[i] != 0 ? 1.0 / Math.Abs(y[i])
                    : throw new StatisticsInputException("stats.invalid-weight", $"1/y² weights need non-zero responses; response[{N(i)}] is 0", "response"),
                CurveWeighting.InverseVariance => SigmaWeight(options.StandardDeviations, i, y.Length),
                _ => throw new StatisticsInputException("stats.invalid-option", $"unknown weighting {options.Weighting}", nameof(options)),
            };
        }

        return w;
    }

    private static double SigmaWeight(IReadOnlyList<double>? sd, int i, int n)
    {
        if (sd is null || sd.Count != n)
            throw new StatisticsInputException("stats.invalid-weight", $"1/σ² weights need {N(n)} standard deviations, got {N(sd?.Count ?? 0)}", "options");
        return sd[i] > 0 && double.IsFinite(sd[i]) ? 1.0 / sd[i]
            : throw new StatisticsInputException("stats.invalid-weight", $"standard deviation [{N(i)}] is {F(sd[i])}; it must be finite and > 0", "options");
    }

    private static string N(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
