using CsCheck;
using Ferrum.Statistics.Correlation;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Correlation;

public class KendallTauTests
{
    [Fact]
    public void Knight_count_equals_the_pairwise_definition_with_ties()
    {
        var values = Gen.Int[-4, 4].Select(i => (double)i).Array[60];
        Gen.Select(values, values).Sample((x, y) =>
        {
            long s = 0, tx = 0, ty = 0;
            for (var i = 0; i < x.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    int a = Math.Sign(x[i] - x[j]), b = Math.Sign(y[i] - y[j]);
                    s += a * b;
                    tx += a * a;
                    ty += b * b;
                }
            }

            if (tx == 0 || ty == 0) return;
            Approx.Equal(s / (Math.Sqrt(tx) * Math.Sqrt(ty)), KendallTau.TauB(x, y), 1e-15, "tau-b");
        });
    }
}
