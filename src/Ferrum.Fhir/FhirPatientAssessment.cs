using Ferrum.Clinical.Assessment;
using Ferrum.Fhir.Input;

namespace Ferrum.Fhir;

/// <summary>The outcome for one patient found in FHIR input.</summary>
/// <param name="PatientId">The Patient's logical id.</param>
/// <param name="Input">The engine input built from FHIR; null when the patient could not be assessed.</param>
/// <param name="Result">The engine's result; null when not assessed.</param>
/// <param name="Issues">Mapping problems, each naming its resource.</param>
public sealed record FhirPatientAssessment(string PatientId, AssessmentInput? Input, AssessmentResult? Result, IReadOnlyList<MappingIssue> Issues);
