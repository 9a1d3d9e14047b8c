namespace Ferrum.Core.Errors;

/// <summary>
/// Carries one or more <see cref="InputError"/>s out of a parser to the front door that maps them to
/// exit code 2 or HTTP 400. Engines return errors as values; this exists for deep parsing code.
/// </summary>
public sealed class InputErrorException : Exception
{
    /// <summary>Wraps one error.</summary>
    public InputErrorException(InputError error) : this([error]) { }

    /// <summary>Wraps several errors; at least one is required.</summary>
    public InputErrorException(IReadOnlyList<InputError> errors)
        : base(errors is { Count: > 0 } ? string.Join(Environment.NewLine, errors) : "invalid input")
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0) throw new ArgumentException("At least one error is required.", nameof(errors));
        Errors = errors;
    }

    /// <summary>The errors, first one most relevant.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The first error.</summary>
    public InputError Error => Errors[0];
}
