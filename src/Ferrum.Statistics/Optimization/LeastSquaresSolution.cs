namespace Ferrum.Statistics.Optimization;

/// <summary>Result of <see cref="LevenbergMarquardt"/>: estimates, weighted RSS, JᵀWJ at the estimate and how it stopped.</summary>
internal sealed record LeastSquaresSolution(
    double[] Theta, double ResidualSumOfSquares, double[,] Information, int Iterations, int Evaluations, ConvergenceReason Reason)
{
    public bool Converged => Reason is not (ConvergenceReason.MaxIterations or ConvergenceReason.NoProgress);
}
