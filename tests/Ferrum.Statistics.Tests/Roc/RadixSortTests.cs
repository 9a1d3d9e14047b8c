using CsCheck;
using Ferrum.Statistics.Roc;

namespace Ferrum.Statistics.Tests.Roc;

public class RadixSortTests
{
    [Fact]
    public void Radix_sort_orders_like_array_sort_including_negatives_extremes_and_ties()
    {
        var value = Gen.OneOf(
            Gen.Double[-1e6, 1e6],
            Gen.Int[-5, 5].Select(i => (double)i),
            Gen.Int[0, 5].Select(i => new[] { double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 1e-300, -1e300 }[i]));
        value.Array[2048, 6000].Sample(values =>
        {
            var expected = (double[])values.Clone();
            Array.Sort(expected);
            RadixSort.Sort(values);
            Assert.Equal(expected, values);
        }, iter: 30);
    }

    [Fact]
    public void Negative_zero_sorts_as_zero()
    {
        var values = Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? -0.0 : (i % 3) - 1.0).ToArray();
        RadixSort.Sort(values);
        Assert.True(values.Zip(values.Skip(1)).All(p => p.First <= p.Second));
    }
}
