namespace Ferrum.Statistics.Optimization;

/// <summary>
/// In-place Cholesky factorisation and solve for the tiny (p ≤ ~10) normal-equation systems of
/// <see cref="LevenbergMarquardt"/>: MathNet's general factorisations allocate several objects per call, which
/// dominated the cost of an 8-point 4PL fit; this works on caller-owned row-major arrays.
/// </summary>
internal static class SmallCholesky
{
    /// <summary>Factors the symmetric matrix <paramref name="a"/> (p×p, row-major) into L (lower triangle, in place); false if not positive definite.</summary>
    public static bool Factor(Span<double> a, int p)
    {
        for (var j = 0; j < p; j++)
        {
            var d = a[j * p + j];
            for (var k = 0; k < j; k++) d -= a[j * p + k] * a[j * p + k];
            if (!(d > 0) || !double.IsFinite(d)) return false;
            d = Math.Sqrt(d);
            a[j * p + j] = d;
            for (var i = j + 1; i < p; i++)
            {
                var s = a[i * p + j];
                for (var k = 0; k < j; k++) s -= a[i * p + k] * a[j * p + k];
                a[i * p + j] = s / d;
            }
        }

        return true;
    }

    /// <summary>Solves L Lᵀ x = b with the factor from <see cref="Factor"/>, overwriting <paramref name="b"/> with x.</summary>
    public static void Solve(ReadOnlySpan<double> l, int p, Span<double> b)
    {
        for (var i = 0; i < p; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++) s -= l[i * p + k] * b[k];
            b[i] = s / l[i * p + i];
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < p; k++) s -= l[k * p + i] * b[k];
            b[i] = s / l[i * p + i];
        }
    }
}
