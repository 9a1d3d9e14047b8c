namespace Ferrum.Statistics.Common;

/// <summary>
/// Data that a method cannot use: an empty group, NaN or ∞, too few observations, zero variance,
/// separation. <see cref="Code"/> is stable (e.g. <c>stats.empty-group</c>) so callers and tests can
/// assert it and front doors can map it to a user error.
/// </summary>
public sealed class StatisticsInputException : ArgumentException
{
    /// <summary>Creates the error with a stable code, a message and the offending parameter name.</summary>
    public StatisticsInputException(string code, string message, string? paramName = null)
        : base(message, paramName) => Code = code;

    /// <summary>Stable machine-readable code.</summary>
    public string Code { get; }
}
