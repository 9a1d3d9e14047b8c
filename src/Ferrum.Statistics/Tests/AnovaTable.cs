namespace Ferrum.Statistics.Tests;

/// <summary>One-way analysis-of-variance table, as R's <c>summary(aov(y ~ group))</c>.</summary>
/// <param name="SumSqBetween">Between-group sum of squares Σ nᵢ(ȳᵢ − ȳ)².</param>
/// <param name="SumSqWithin">Residual sum of squares ΣΣ(y − ȳᵢ)².</param>
/// <param name="DfBetween">k − 1.</param>
/// <param name="DfWithin">n − k.</param>
/// <param name="F">Mean square between over mean square within.</param>
/// <param name="PValue">Upper tail of F(k − 1, n − k).</param>
public sealed record AnovaTable(double SumSqBetween, double SumSqWithin, double DfBetween, double DfWithin, double F, double PValue)
{
    /// <summary>Mean square between groups.</summary>
    public double MeanSqBetween => SumSqBetween / DfBetween;

    /// <summary>Residual mean square.</summary>
    public double MeanSqWithin => SumSqWithin / DfWithin;
}
