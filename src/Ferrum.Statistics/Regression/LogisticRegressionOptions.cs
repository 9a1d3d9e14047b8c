namespace Ferrum.Statistics.Regression;

/// <summary>Options for <see cref="LogisticRegression"/>; defaults are R's <c>glm.control()</c> and <c>confint</c> level.</summary>
public sealed record LogisticRegressionOptions
{
    /// <summary>Confidence level of the intervals (default 0.95).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Convergence tolerance on the relative deviance change (R's <c>epsilon</c>, default 1e-8).</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>Maximum IRLS iterations (R's <c>maxit</c>, default 25).</summary>
    public int MaxIterations { get; init; } = 25;

    /// <summary>Compute profile-likelihood intervals (default true; costs about 18 refits per coefficient).</summary>
    public bool ProfileIntervals { get; init; } = true;
}
