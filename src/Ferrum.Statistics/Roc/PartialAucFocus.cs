namespace Ferrum.Statistics.Roc;

/// <summary>The axis a partial AUC's range refers to, as pROC's <c>partial.auc.focus</c>.</summary>
public enum PartialAucFocus
{
    /// <summary>The range is of specificity (pROC's default).</summary>
    Specificity = 0,

    /// <summary>The range is of sensitivity.</summary>
    Sensitivity,
}
