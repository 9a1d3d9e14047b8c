namespace Ferrum.Statistics.DoseResponse;

/// <summary>
/// A 4PL/5PL curve in GraphPad Prism's form with X = log10(concentration):
/// Y = Bottom + (Top − Bottom) / (1 + 10^((LogXb − X)·HillSlope))^S, where
/// LogXb = LogEC50 + (1/HillSlope)·log10(2^(1/S) − 1). With S = 1 this is Prism's
/// "log(agonist) vs. response – Variable slope" (four parameters) and LogXb = LogEC50.
/// </summary>
/// <remarks>Source: GraphPad Prism curve-fitting guide, "Asymmetric Sigmoidal, 5PL" and
/// "log(agonist) vs. response – Variable slope" equations.</remarks>
/// <param name="Bottom">Response plateau at low concentration (for HillSlope &gt; 0).</param>
/// <param name="Top">Response plateau at high concentration (for HillSlope &gt; 0).</param>
/// <param name="LogEC50">log10 of the concentration giving a response halfway between Bottom and Top.</param>
/// <param name="HillSlope">Steepness; positive for rising curves.</param>
/// <param name="S">Asymmetry factor (1 = symmetric 4PL).</param>
public readonly record struct PrismParameters(double Bottom, double Top, double LogEC50, double HillSlope, double S = 1.0)
{
    /// <summary>The EC50 on the concentration scale, 10^LogEC50.</summary>
    public double EC50 => Math.Pow(10.0, LogEC50);

    /// <summary>log10 of the inflection-related location Xb (equals LogEC50 when S = 1).</summary>
    public double LogXb => LogEC50 + Math.Log10(Math.Pow(2.0, 1.0 / S) - 1.0) / HillSlope;

    /// <summary>The response at log10 concentration <paramref name="logConcentration"/>.</summary>
    public double Evaluate(double logConcentration) =>
        Bottom + (Top - Bottom) / Math.Pow(1.0 + Math.Pow(10.0, (LogXb - logConcentration) * HillSlope), S);

    /// <summary>The same curve in drc's log-logistic parameterisation (b = −HillSlope, c = Bottom, d = Top, e = 10^LogXb, f = S).</summary>
    public LogLogisticParameters ToLogLogistic() => new(-HillSlope, Bottom, Top, Math.Pow(10.0, LogXb), S);
}
