using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Roc;

/// <summary>A percentile bootstrap interval with the bootstrap median, as pROC's <c>ci(..., method = "bootstrap")</c>.</summary>
/// <param name="Estimate">The statistic on the original data.</param>
/// <param name="Median">Median of the replicates.</param>
/// <param name="ConfidenceInterval">R type-7 quantiles of the replicates at (1 − level)/2 and (1 + level)/2.</param>
/// <param name="Replicates">Number of replicates used (replicates giving NaN are dropped, as pROC does).</param>
/// <param name="Seed">The seed; the same seed gives the same interval at any degree of parallelism.</param>
public sealed record BootstrapInterval(double Estimate, double Median, ConfidenceInterval ConfidenceInterval, int Replicates, long Seed);
