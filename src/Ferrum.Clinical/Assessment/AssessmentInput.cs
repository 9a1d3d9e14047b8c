using Ferrum.Core.Labs;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Assessment;

/// <summary>Everything the engine assesses for one patient (the DESIGN.md assessment input). Only <see cref="Patient"/> is required.</summary>
/// <param name="Patient">Age, sex and the other facts thresholds depend on.</param>
/// <param name="Rls">Answers to the IRLSSG diagnostic questions, when asked.</param>
/// <param name="Irls">The ten IRLS item scores (0–4 each), when the scale was completed.</param>
/// <param name="Labs">Validated laboratory results; unknown LOINC codes were dropped with a warning by the reader.</param>
/// <param name="Medications">Current medications as written (generic or brand names).</param>
public sealed record AssessmentInput(
    PatientContext Patient,
    RlsSymptoms? Rls,
    IReadOnlyList<int>? Irls,
    IReadOnlyList<LabResult> Labs,
    IReadOnlyList<string> Medications)
{
    /// <summary>History that guides the iron-deficiency work-up; all optional.</summary>
    public History? History { get; init; }

    /// <summary>Creates an input with only patient facts and labs.</summary>
    public static AssessmentInput Of(PatientContext patient, params LabResult[] labs) => new(patient, null, null, labs, []);
}
