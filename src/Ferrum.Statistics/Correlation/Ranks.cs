namespace Ferrum.Statistics.Correlation;

/// <summary>Ranks with ties averaged, as R's <c>rank(x)</c> default (<c>ties.method = "average"</c>).</summary>
internal static class Ranks
{
    public static double[] Average(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).ToArray();
        var keys = (double[])values.Clone();
        Array.Sort(keys, order);
        var ranks = new double[values.Length];
        for (var i = 0; i < keys.Length;)
        {
            var j = i;
            while (j < keys.Length && keys[j] == keys[i]) j++;
            var rank = (i + 1 + j) / 2.0;
            for (var k = i; k < j; k++) ranks[order[k]] = rank;
            i = j;
        }

        return ranks;
    }
}
