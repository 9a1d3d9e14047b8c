namespace Ferrum.Statistics.Roc;

/// <summary>Which way the predictor separates the groups, named as pROC's <c>direction</c>.</summary>
public enum RocDirection
{
    /// <summary>pROC's <c>"&lt;"</c>: controls are lower, a value at or above the threshold is called a case.</summary>
    ControlsLower = 0,

    /// <summary>pROC's <c>"&gt;"</c>: controls are higher, a value at or below the threshold is called a case.</summary>
    ControlsHigher,
}
