using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Effects;

/// <summary>An effect size with its confidence interval (when one is defined) and the method used.</summary>
/// <param name="Name">What the estimate is, e.g. "Cohen's d", "Hedges' g", "rank-biserial correlation", "SMD".</param>
/// <param name="Estimate">The point estimate.</param>
/// <param name="ConfidenceInterval">The interval, or null where the definition gives none (tableone's SMD).</param>
/// <param name="Method">How the interval or estimate is obtained, with its source.</param>
public sealed record EffectSize(string Name, double Estimate, ConfidenceInterval? ConfidenceInterval, string Method);
