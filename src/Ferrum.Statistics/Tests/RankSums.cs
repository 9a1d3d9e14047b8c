namespace Ferrum.Statistics.Tests;

/// <summary>Mid-rank sum of one sample within the pooled sample, computed by merging two sorted samples in O(n).</summary>
internal static class RankSums
{
    /// <summary>Result of one merge.</summary>
    /// <param name="RankSumX">Sum of the mid-ranks (R's <c>rank</c>, ties averaged) of the x values.</param>
    /// <param name="TieSum">Σ(t³ − t) over groups of t tied values in the pooled sample.</param>
    /// <param name="HasTies">True when any two pooled values are equal.</param>
    internal readonly record struct Result(double RankSumX, double TieSum, bool HasTies);

    /// <summary>Ranks the pooled sample {xs[i] − shift} ∪ ys, both sorted ascending; xs[i] − shift is evaluated in double as R does.</summary>
    public static Result Merge(ReadOnlySpan<double> xs, double shift, ReadOnlySpan<double> ys)
    {
        int i = 0, j = 0;
        long position = 0;
        double rankSum = 0, tieSum = 0;
        var hasTies = false;
        while (i < xs.Length || j < ys.Length)
        {
            var value = i < xs.Length && (j >= ys.Length || xs[i] - shift <= ys[j]) ? xs[i] - shift : ys[j];
            long cx = 0, cy = 0;
            while (i < xs.Length && xs[i] - shift == value) { i++; cx++; }
            while (j < ys.Length && ys[j] == value) { j++; cy++; }
            var t = cx + cy;
            rankSum += cx * (position + (t + 1) / 2.0);
            if (t > 1)
            {
                hasTies = true;
                tieSum += (double)t * t * t - t;
            }

            position += t;
        }

        return new Result(rankSum, tieSum, hasTies);
    }

    /// <summary>Doubled mid-ranks of the pooled sorted sample (integers), for the conditional exact distribution.</summary>
    public static int[] DoubledMidRanks(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys)
    {
        var pooled = new double[xs.Length + ys.Length];
        xs.CopyTo(pooled);
        ys.CopyTo(pooled.AsSpan(xs.Length));
        Array.Sort(pooled);
        var scores = new int[pooled.Length];
        var start = 0;
        while (start < pooled.Length)
        {
            var end = start;
            while (end + 1 < pooled.Length && pooled[end + 1] == pooled[start]) end++;
            var doubled = start + end + 2; // 2 × mean of the 1-based ranks start+1 .. end+1
            for (var k = start; k <= end; k++) scores[k] = doubled;
            start = end + 1;
        }

        return scores;
    }
}
