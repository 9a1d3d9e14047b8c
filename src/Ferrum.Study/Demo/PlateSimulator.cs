using Ferrum.Statistics.DoseResponse;
using Ferrum.Study.Elisa;
using MathNet.Numerics.Distributions;

namespace Ferrum.Study.Demo;

/// <summary>
/// Simulates a plate read from a known log-logistic curve: signal = blank + f(concentration) × (1 + CV·z) + SD·z′,
/// with z, z′ standard normal from the given seeded generator. With CV = SD = 0 the reads are exact.
/// </summary>
internal sealed class PlateSimulator(LogLogisticParameters curve, double blank, double cv, double noiseSd, Random random)
{
    /// <summary>The signal of one well holding <paramref name="concentration"/> (in-well units).</summary>
    public double Well(double concentration)
    {
        var mean = curve.Evaluate(concentration);
        var z = cv > 0 ? Normal.Sample(random, 0, 1) : 0;
        var z2 = noiseSd > 0 ? Normal.Sample(random, 0, 1) : 0;
        return blank + mean * (1 + cv * z) + noiseSd * z2;
    }

    /// <summary>
    /// Reads a plate laid out by <paramref name="layout"/>: standards at their nominal concentrations, blanks, controls at
    /// <paramref name="controls"/> and samples at <paramref name="samples"/> divided by their dilution factor.
    /// </summary>
    public PlateRead Read(string plate, string analyte, PlateLayout layout, IReadOnlyDictionary<string, double> samples, IReadOnlyDictionary<string, double> controls)
    {
        var signals = new SortedDictionary<WellAddress, double>();
        foreach (var s in layout.Standards)
            foreach (var w in s.Wells) signals[w] = Well(s.For(analyte) ?? 0);
        foreach (var w in layout.Blanks) signals[w] = Well(0) - curve.Evaluate(0);
        foreach (var c in layout.Controls)
            foreach (var w in c.Wells) signals[w] = Well(controls.TryGetValue(c.Id, out var v) ? v : 0);
        foreach (var s in layout.SamplesOf(plate))
            foreach (var w in s.Wells) signals[w] = Well(samples[s.Id] / s.Dilution);
        return new PlateRead(plate, analyte, signals, $"simulated {plate}");
    }
}
