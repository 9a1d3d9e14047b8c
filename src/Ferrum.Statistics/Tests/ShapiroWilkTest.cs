using Ferrum.Statistics.Common;
using Ferrum.Statistics.Descriptive;
using MathNet.Numerics.Distributions;

namespace Ferrum.Statistics.Tests;

/// <summary>
/// Shapiro–Wilk normality test by Royston's algorithm AS R94 (Applied Statistics 1995, 44(4), 547–551),
/// following R's <c>shapiro.test</c> (swilk.c): coefficients from normal scores with Royston's polynomial
/// corrections, W computed as 1 − (1 − W) for accuracy near 1, the p-value from Royston's normalizing
/// transformation (exact for n = 3). Accepts 3 ≤ n ≤ 5000, as R does.
/// </summary>
public static class ShapiroWilkTest
{
    private static readonly double[] G = [-2.273, .459];
    private static readonly double[] C1 = [0, .221157, -.147981, -2.07119, 4.434685, -2.706056];
    private static readonly double[] C2 = [0, .042981, -.293762, -1.752461, 5.682633, -3.582633];
    private static readonly double[] C3 = [.544, -.39978, .025054, -6.714e-4];
    private static readonly double[] C4 = [1.3822, -.77857, .062767, -.0020322];
    private static readonly double[] C5 = [-1.5861, -.31082, -.083751, .0038915];
    private static readonly double[] C6 = [-.4803, -.082676, .0030302];

    /// <summary>Tests normality of <paramref name="x"/> ("Shapiro-Wilk normality test", statistic "W").</summary>
    public static HypothesisTest Test(IReadOnlyList<double> x)
    {
        var v = Sample.Finite(x, nameof(x));
        var n = v.Length;
        if (n < 3 || n > 5000)
            throw new StatisticsInputException(Sample.TooFew, $"sample size is {n}; the Shapiro–Wilk test needs between 3 and 5000 values.", nameof(x));
        Array.Sort(v);
        var range = v[n - 1] - v[0];
        if (range == 0)
            throw new StatisticsInputException(Sample.Constant, "all 'x' values are identical.", nameof(x));
        if (range < 1e-10)
        {
            for (var i = 0; i < n; i++) v[i] /= range;
            range = v[n - 1] - v[0];
        }

        var a = Coefficients(n);
        var w1 = OneMinusW(v, a, range);
        var w = 1 - w1;
        return new HypothesisTest
        {
            Method = "Shapiro-Wilk normality test",
            StatisticName = "W",
            Statistic = w,
            PValue = PValue(n, w, w1),
        };
    }

    /// <summary>Royston's approximation to the coefficients a[1..n/2] (1-based, a[1] the largest).</summary>
    private static double[] Coefficients(int n)
    {
        var half = n / 2;
        var a = new double[half + 1];
        if (n == 3)
        {
            a[1] = 0.70710678;
            return a;
        }

        double an = n, an25 = an + .25, summ2 = 0;
        for (var i = 1; i <= half; i++)
        {
            a[i] = Normal.InvCDF(0, 1, (i - 0.375) / an25);
            summ2 += a[i] * a[i];
        }

        summ2 *= 2;
        var ssumm2 = Math.Sqrt(summ2);
        var rsn = 1 / Math.Sqrt(an);
        var a1 = Poly(C1, rsn) - a[1] / ssumm2;
        int first;
        double fac;
        if (n > 5)
        {
            first = 3;
            var a2 = -a[2] / ssumm2 + Poly(C2, rsn);
            fac = Math.Sqrt((summ2 - 2 * (a[1] * a[1]) - 2 * (a[2] * a[2])) / (1 - 2 * (a1 * a1) - 2 * (a2 * a2)));
            a[2] = a2;
        }
        else
        {
            first = 2;
            fac = Math.Sqrt((summ2 - 2 * (a[1] * a[1])) / (1 - 2 * (a1 * a1)));
        }

        a[1] = a1;
        for (var i = first; i <= half; i++) a[i] /= -fac;
        return a;
    }

    /// <summary>1 − W as the complement of the squared correlation between the scaled data and the antisymmetric coefficients.</summary>
    private static double OneMinusW(double[] x, double[] a, double range)
    {
        var n = x.Length;
        double sx = x[0] / range, sa = -a[1];
        for (int i = 1, j = n - 1; i < n; j--)
        {
            sx += x[i] / range;
            i++;
            if (i != j) sa += Math.Sign(i - j) * a[Math.Min(i, j)];
        }

        sa /= n;
        sx /= n;
        double ssa = 0, ssx = 0, sax = 0;
        for (int i = 0, j = n - 1; i < n; i++, j--)
        {
            var asa = i != j ? Math.Sign(i - j) * a[1 + Math.Min(i, j)] - sa : -sa;
            var xsx = x[i] / range - sx;
            ssa += asa * asa;
            ssx += xsx * xsx;
            sax += asa * xsx;
        }

        var ssassx = Math.Sqrt(ssa * ssx);
        return (ssassx - sax) * (ssassx + sax) / (ssa * ssx);
    }

    private static double PValue(int n, double w, double w1)
    {
        if (n == 3)
        {
            const double sixOverPi = 1.90985931710274, asinSqrt34 = 1.04719755119660;
            return Math.Max(sixOverPi * (Math.Asin(Math.Sqrt(w)) - asinSqrt34), 0);
        }

        var y = Math.Log(w1);
        var lnN = Math.Log(n);
        double m, s;
        if (n <= 11)
        {
            var gamma = Poly(G, n);
            if (y >= gamma) return 1e-99;
            y = -Math.Log(gamma - y);
            m = Poly(C3, n);
            s = Math.Exp(Poly(C4, n));
        }
        else
        {
            m = Poly(C5, lnN);
            s = Math.Exp(Poly(C6, lnN));
        }

        return Normal.CDF(0, 1, -(y - m) / s);
    }

    /// <summary>c[0] + c[1]x + … evaluated in AS 181.2's order.</summary>
    private static double Poly(double[] c, double x)
    {
        var result = c[0];
        if (c.Length == 1) return result;
        var p = x * c[^1];
        for (var j = c.Length - 2; j > 0; j--) p = (p + c[j]) * x;
        return result + p;
    }
}
