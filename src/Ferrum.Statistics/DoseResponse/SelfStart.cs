namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// drc's default log-logistic self-start (<c>llogistic.ssf</c>, method "1", with <c>findcd</c> and
/// <c>findbe1</c>): c and d just outside the response range (±0.1 % of it), then b and e from the linear
/// regression of log((d − y)/(y − c)) on log(dose) over positive doses; f starts at 1.
/// </summary>
internal static class SelfStart
{
    public static LogLogisticParameters Guess(double[] dose, double[] response, double?[] fixedValues)
    {
        double min = response.Min(), max = response.Max(), pad = 0.001 * (max - min);
        var c = fixedValues[LogLogisticCurve.C] ?? min - pad;
        var d = fixedValues[LogLogisticCurve.D] ?? max + pad;

        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        var m = 0;
        for (var i = 0; i < dose.Length; i++)
        {
            if (!(dose[i] > 0)) continue;
            var z = Math.Log((d - response[i]) / (response[i] - c));
            if (!double.IsFinite(z)) continue;
            var x = Math.Log(dose[i]);
            sx += x; sy += z; sxx += x * x; sxy += x * z; m++;
        }

        var denominator = m * sxx - sx * sx;
        double b = 1, e = GeometricMidDose(dose);
        if (m >= 2 && denominator > 1e-12 * Math.Max(1.0, m * sxx))
        {
            var slope = (m * sxy - sx * sy) / denominator;
            var intercept = (sy - slope * sx) / m;
            if (slope != 0 && double.IsFinite(slope))
            {
                b = slope;
                var eTry = Math.Exp(-intercept / slope);
                if (double.IsFinite(eTry) && eTry > 0) e = eTry;
            }
        }

        return new LogLogisticParameters(
            fixedValues[LogLogisticCurve.B] ?? b, c, d, fixedValues[LogLogisticCurve.E] ?? e, fixedValues[LogLogisticCurve.F] ?? 1.0);
    }

    private static double GeometricMidDose(double[] dose)
    {
        var positive = dose.Where(x => x > 0).ToArray();
        return positive.Length == 0 ? 1.0 : Math.Sqrt(positive.Min() * positive.Max());
    }
}
