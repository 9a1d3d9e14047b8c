using Ferrum.Clinical.Assessment;
using Ferrum.Core.Errors;

namespace Ferrum.Web.Assessments;

/// <summary>One run of the clinical engine on contract JSON: the result and its JSON, or the input errors; warnings either way.</summary>
internal sealed record AssessmentRun(AssessmentInput? Input, AssessmentResult? Result, string? ResultJson, IReadOnlyList<InputError> Errors, IReadOnlyList<InputError> Warnings)
{
    public bool Succeeded => Result is not null;
}
