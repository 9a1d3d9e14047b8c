namespace Ferrum.Study.Elisa;

/// <summary>A fitted standard curve: signal as a function of concentration and its inverse, with the fit's diagnostics.</summary>
public abstract class StandardCurve
{
    /// <summary>Model name, e.g. "4PL (drc LL.4)".</summary>
    public abstract string Model { get; }

    /// <summary>Named parameter estimates in the fitting library's parameterisation.</summary>
    public abstract IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }

    /// <summary>True when the optimiser reported convergence.</summary>
    public abstract bool Converged { get; }

    /// <summary>The optimiser's convergence reason and iteration count, as text.</summary>
    public abstract string Convergence { get; }

    /// <summary>Residual standard error of the fit (signal units).</summary>
    public abstract double ResidualStandardError { get; }

    /// <summary>Expected (blank-subtracted) signal at <paramref name="concentration"/>.</summary>
    public abstract double Signal(double concentration);

    /// <summary>The concentration whose expected signal is <paramref name="signal"/>, or NaN outside the curve's asymptotes.</summary>
    public abstract double Concentration(double signal);
}

/// <summary>Fits a standard curve to (concentration, blank-subtracted signal) points with an analyte's settings.</summary>
public interface IStandardCurveFitter
{
    /// <summary>Fits the curve; throws <see cref="Ferrum.Core.Errors.InputErrorException"/> when the points cannot be fitted.</summary>
    StandardCurve Fit(IReadOnlyList<double> concentrations, IReadOnlyList<double> signals, AnalyteSettings settings);
}
