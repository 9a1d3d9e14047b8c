namespace Ferrum.Statistics.Optimization;

/// <summary>A weighted nonlinear least-squares problem: minimise Σ rᵢ(θ)² with rᵢ = √wᵢ (yᵢ − fᵢ(θ)).</summary>
internal interface ILeastSquaresProblem
{
    /// <summary>Number of observations n.</summary>
    int Observations { get; }

    /// <summary>Number of free parameters p.</summary>
    int Parameters { get; }

    /// <summary>
    /// Writes the weighted residuals and, when <paramref name="jacobian"/> is not empty, the weighted model
    /// Jacobian √wᵢ ∂fᵢ/∂θⱼ (row-major n×p). Returns false when θ is outside the model's domain.
    /// </summary>
    bool Evaluate(ReadOnlySpan<double> theta, Span<double> residuals, Span<double> jacobian);
}
