using Ferrum.Clinical;
using Ferrum.Fhir.Input;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir;

/// <summary>Assesses the patients in FHIR R4 input (a Bundle or a single resource) with the clinical engine.</summary>
public static class FhirAssessment
{
    /// <summary>
    /// Parses <paramref name="json"/> and assesses every patient in it as of <paramref name="asOf"/>.
    /// Mapping problems are reported per resource in the results; only input that is not FHIR JSON throws
    /// <see cref="Ferrum.Core.Errors.InputErrorException"/>.
    /// </summary>
    /// <returns>One assessment per patient, and the issues that belong to no patient.</returns>
    public static (IReadOnlyList<FhirPatientAssessment> Patients, IReadOnlyList<MappingIssue> Issues) AssessJson(string json, DateOnly asOf, string? file = null)
    {
        var (resource, parseIssues) = FhirJson.Parse(json, file);
        try
        {
            var (patients, issues) = Assess(resource, asOf);
            return (patients, [.. parseIssues, .. issues]);
        }
        catch (Hl7.Fhir.Validation.CodedValidationException ex)
        {
            // Firely keeps a value of the wrong type (gender "banana", a string quantity) and throws when it is read.
            throw new Ferrum.Core.Errors.InputErrorException(new Ferrum.Core.Errors.InputError("fhir.invalid-value", "a FHIR element has a value of the wrong type or code: " + ex.Message)
            { File = file, Accepted = "FHIR R4 element types and codes (e.g. Patient.gender male|female|other|unknown, valueQuantity.value a number)" });
        }
    }

    /// <summary>Assesses every patient in <paramref name="resource"/> (a Bundle or one resource).</summary>
    public static (IReadOnlyList<FhirPatientAssessment> Patients, IReadOnlyList<MappingIssue> Issues) Assess(Resource resource, DateOnly asOf)
    {
        var (records, issues) = BundleReader.Read(resource);
        return (records.Select(r => AssessRecord(r, asOf)).ToList(), issues);
    }

    internal static FhirPatientAssessment AssessRecord(PatientRecord record, DateOnly asOf)
    {
        var input = InputAssembler.Assemble(record, asOf);
        var result = input is null ? null : AssessmentEngine.Assess(input, asOf);
        return new FhirPatientAssessment(record.PatientId, input, result, record.Issues.ToList());
    }
}
