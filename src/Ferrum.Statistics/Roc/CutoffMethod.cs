namespace Ferrum.Statistics.Roc;

/// <summary>How the "best" threshold is chosen, as pROC's <c>best.method</c>.</summary>
public enum CutoffMethod
{
    /// <summary>Maximises sensitivity + r·specificity (Youden's J when r = 1).</summary>
    Youden = 0,

    /// <summary>Minimises (1 − sensitivity)² + r·(1 − specificity)².</summary>
    ClosestTopLeft,
}
