namespace Ferrum.Statistics.Optimization;

/// <summary>Why an iterative fit stopped.</summary>
public enum ConvergenceReason
{
    /// <summary>The residuals are orthogonal to the model's tangent space (nls's relative-offset criterion).</summary>
    RelativeOffset,

    /// <summary>The step became negligible relative to the parameters.</summary>
    SmallStep,

    /// <summary>Actual and predicted relative reductions of the residual sum of squares became negligible.</summary>
    SmallReduction,

    /// <summary>The residuals vanished: the model passes through every point.</summary>
    ExactFit,

    /// <summary>Not converged: the iteration limit was reached.</summary>
    MaxIterations,

    /// <summary>Not converged: no step could reduce the residual sum of squares (damping exhausted).</summary>
    NoProgress,
}
