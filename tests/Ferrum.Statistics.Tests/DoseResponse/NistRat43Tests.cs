using System.Globalization;
using Ferrum.Statistics.DoseResponse;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.DoseResponse;

/// <summary>
/// NIST StRD Rat43 (certified values in golden/nist_Rat43.dat). Rat43's model y = b1 / (1 + exp(b2 − b3 x))^(1/b4)
/// is drc's LL.5 with c fixed at 0 on dose exp(x): d = b1, b = −b3, e = exp(b2/b3), f = 1/b4.
/// </summary>
public sealed class NistRat43Tests
{
    private static readonly Lazy<Rat43> Data = new(Rat43.Load);

    public static TheoryData<string> Starts() => ["self-start", "NIST start 1", "NIST start 2"];

    [Theory]
    [MemberData(nameof(Starts))]
    public void Fit_reproduces_the_certified_parameters_and_standard_deviations(string start)
    {
        var rat = Data.Value;
        LogLogisticParameters? startValues = start switch
        {
            "NIST start 1" => FromNist(rat.Start1),
            "NIST start 2" => FromNist(rat.Start2),
            _ => null,
        };
        var fit = DoseResponseCurve.Fit(rat.X.Select(Math.Exp).ToArray(), rat.Y, new DoseResponseOptions
        {
            Model = CurveModel.FiveParameter,
            Fixed = new FixedParameters { C = 0 },
            Start = startValues,
            Covariance = CovarianceMethod.GaussNewton,
        });

        Assert.True(fit.Converged, fit.Convergence.ToString());
        var p = fit.Parameters;
        double b1 = p.D, b3 = -p.B, b2 = -p.B * Math.Log(p.E), b4 = 1 / p.F;
        double[] estimates = [b1, b2, b3, b4];
        var vbb = fit.Covariance("b", "b");
        var vee = fit.Covariance("e", "e");
        var vbe = fit.Covariance("b", "e");
        double gb = -Math.Log(p.E), ge = -p.B / p.E;
        double[] ses =
        [
            Math.Sqrt(fit.Covariance("d", "d")),
            Math.Sqrt(gb * gb * vbb + 2 * gb * ge * vbe + ge * ge * vee),
            Math.Sqrt(vbb),
            Math.Sqrt(fit.Covariance("f", "f")) / (p.F * p.F),
        ];
        for (var i = 0; i < 4; i++)
        {
            Approx.Equal(rat.Certified[i], estimates[i], Approx.Iterative, $"b{i + 1}");
            Approx.Equal(rat.CertifiedSd[i], ses[i], Approx.Iterative, $"sd(b{i + 1})");
        }

        Approx.Equal(rat.Rss, fit.ResidualSumOfSquares, Approx.Iterative, "RSS");
        Approx.Equal(rat.ResidualSd, fit.ResidualStandardError, Approx.Iterative, "residual SD");
        // The file says 9 degrees of freedom, but 15 observations − 4 parameters = 11, which is what the certified
        // residual SD implies (√(8786.4049080 / 11) = 28.262414662).
        Assert.Equal(11, fit.DegreesOfFreedom);
    }

    private static LogLogisticParameters FromNist(double[] b) => new(-b[2], 0, b[0], Math.Exp(b[1] / b[2]), 1 / b[3]);

    private sealed record Rat43(double[] X, double[] Y, double[] Start1, double[] Start2, double[] Certified, double[] CertifiedSd, double Rss, double ResidualSd)
    {
        public static Rat43 Load()
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "golden", "nist_Rat43.dat"));
            static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
            var table = lines[40..44].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray(); // "b1 = s1 s2 cert sd"
            var data = lines[60..75].Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            return new Rat43(
                data.Select(r => D(r[1])).ToArray(), data.Select(r => D(r[0])).ToArray(),
                table.Select(r => D(r[2])).ToArray(), table.Select(r => D(r[3])).ToArray(),
                table.Select(r => D(r[4])).ToArray(), table.Select(r => D(r[5])).ToArray(),
                D(lines[45].Split(':')[1]), D(lines[46].Split(':')[1]));
        }
    }
}
