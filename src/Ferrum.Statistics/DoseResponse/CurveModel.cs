namespace Ferrum.Statistics.DoseResponse;

/// <summary>Which log-logistic curve to fit.</summary>
public enum CurveModel
{
    /// <summary>Four-parameter log-logistic (drc <c>LL.4</c>, Prism "variable slope"): f fixed at 1.</summary>
    FourParameter = 0,

    /// <summary>Five-parameter log-logistic (drc <c>LL.5</c>, Prism "asymmetric sigmoidal, 5PL").</summary>
    FiveParameter,
}
