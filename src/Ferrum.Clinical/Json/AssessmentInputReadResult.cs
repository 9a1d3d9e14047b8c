using Ferrum.Clinical.Assessment;
using Ferrum.Core.Errors;

namespace Ferrum.Clinical.Json;

/// <summary>The outcome of reading an assessment input: the input when there were no errors, the errors otherwise, and warnings either way.</summary>
/// <param name="Input">The validated input; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Problems that make the input unusable (CLI exit 2, HTTP 400).</param>
/// <param name="Warnings">Problems the engine can work around, e.g. an unknown LOINC code whose result is ignored.</param>
public sealed record AssessmentInputReadResult(AssessmentInput? Input, IReadOnlyList<InputError> Errors, IReadOnlyList<InputError> Warnings)
{
    /// <summary>Whether the input can be assessed.</summary>
    public bool Succeeded => Input is not null && Errors.Count == 0;

    /// <summary>Returns the input or throws <see cref="InputErrorException"/> with every error.</summary>
    public AssessmentInput GetInputOrThrow() => Succeeded ? Input! : throw new InputErrorException(Errors);
}
