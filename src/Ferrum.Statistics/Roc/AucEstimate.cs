using Ferrum.Statistics.Common;

namespace Ferrum.Statistics.Roc;

/// <summary>An AUC with its DeLong variance and confidence interval, as pROC's <c>auc</c>, <c>var</c> and <c>ci.auc(method = "delong")</c>.</summary>
/// <param name="Auc">Area under the ROC curve.</param>
/// <param name="Variance">DeLong variance of the AUC: var(case placements)/n_cases + var(control placements)/n_controls.</param>
/// <param name="ConfidenceInterval">Normal interval AUC ± z·√variance, clipped to [0, 1] as pROC does.</param>
/// <param name="Direction">The direction used.</param>
/// <param name="ControlCount">Number of controls.</param>
/// <param name="CaseCount">Number of cases.</param>
public sealed record AucEstimate(
    double Auc, double Variance, ConfidenceInterval ConfidenceInterval, RocDirection Direction, int ControlCount, int CaseCount)
{
    /// <summary>Standard error, √variance.</summary>
    public double StandardError => Math.Sqrt(Variance);

    /// <summary>Method as pROC prints it.</summary>
    public string Method => "DeLong";
}
