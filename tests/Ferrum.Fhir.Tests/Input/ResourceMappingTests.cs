using System.Globalization;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Tests.Support;

namespace Ferrum.Fhir.Tests.Input;

public sealed class ResourceMappingTests
{
    private const string Patient = """{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1990-01-01"}""";

    private static FhirPatientAssessment AssessWith(params string[] resources)
    {
        var entries = string.Join(",", resources.Prepend(Patient).Select(r => $$"""{"resource":{{r}}}"""));
        var (patients, issues) = FhirAssessment.AssessJson($$"""{"resourceType":"Bundle","type":"collection","entry":[{{entries}}]}""", Samples.AsOf);
        Assert.Empty(issues);
        return Assert.Single(patients);
    }

    private static string Obs(string id, string loinc, string value, string status = "final") =>
        $$"""{"resourceType":"Observation","id":"{{id}}","status":"{{status}}","code":{"coding":[{"system":"http://loinc.org","code":"{{loinc}}"}]},"subject":{"reference":"Patient/p1"},{{value}}}""";

    public static TheoryData<string, string, string> ObservationIssues => new()
    {
        { Obs("o1", "2276-4", "\"valueQuantity\":{\"value\":30}"), "o1", "observation.unit-missing" },
        { Obs("o2", "2276-4", "\"valueString\":\"30 ng/mL\""), "o2", "observation.value-not-quantity" },
        { Obs("o3", "2276-4", "\"valueQuantity\":{\"value\":30,\"system\":\"http://unitsofmeasure.org\",\"code\":\"furlong\"}"), "o3", "observation.unit.unknown" },
        { Obs("o4", "2276-4", "\"valueQuantity\":{\"value\":30,\"system\":\"http://unitsofmeasure.org\",\"code\":\"ng/mL\"}", "entered-in-error"), "o4", "observation.status-not-used" },
        { Obs("o5", "9999-9", "\"valueQuantity\":{\"value\":1,\"system\":\"http://unitsofmeasure.org\",\"code\":\"1\"}"), "o5", "observation.code-not-used" },
        { Obs("o6", "2276-4", "\"dataAbsentReason\":{\"text\":\"not done\"}"), "o6", "observation.value-missing" },
        { Obs("o7", "718-7", "\"valueQuantity\":{\"value\":900,\"system\":\"http://unitsofmeasure.org\",\"code\":\"g/dL\"}"), "o7", "observation.value.implausible" },
        { """{"resourceType":"QuestionnaireResponse","id":"q1","questionnaire":"http://example.org/Questionnaire/phq9","status":"completed","subject":{"reference":"Patient/p1"}}""", "q1", "questionnaire.unknown" },
        { """{"resourceType":"MedicationRequest","id":"m1","status":"active","intent":"order","medicationReference":{"reference":"Medication/nowhere"},"subject":{"reference":"Patient/p1"}}""", "m1", "medication.unresolved" },
    };

    [Theory]
    [MemberData(nameof(ObservationIssues))]
    public void Problem_resource_is_reported_with_its_id_and_code_and_the_rest_is_assessed(string resource, string id, string code)
    {
        var a = AssessWith(resource);
        Assert.Contains(a.Issues, i => i.ResourceId == id && i.Code == code);
        Assert.NotNull(a.Result);
    }

    [Theory]
    [InlineData("""{"resourceType":"Condition","id":"c1","code":{"coding":[{"system":"http://snomed.info/sct","code":"431857002"}]},"subject":{"reference":"Patient/p1"}}""", 4, null)]
    [InlineData("""{"resourceType":"Condition","id":"c1","code":{"coding":[{"system":"http://snomed.info/sct","code":"714152005"}]},"subject":{"reference":"Patient/p1"}}""", 5, true)]
    [InlineData("""{"resourceType":"Condition","id":"c1","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"N18.4"}]},"subject":{"reference":"Patient/p1"}}""", null, null)]
    [InlineData("""{"resourceType":"Condition","id":"c1","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"Z99.2"}]},"subject":{"reference":"Patient/p1"}}""", null, true)]
    public void Kidney_conditions_set_ckd_stage_and_dialysis_unless_resolved(string condition, int? stage, bool? dialysis)
    {
        var p = AssessWith(condition).Input!.Patient;
        Assert.Equal(stage, p.CkdStage);
        Assert.Equal(dialysis, p.OnDialysis);
    }

    [Fact]
    public void Pregnancy_condition_marks_the_patient_pregnant()
    {
        var a = AssessWith("""{"resourceType":"Condition","id":"preg","code":{"coding":[{"system":"http://snomed.info/sct","code":"77386006"}]},"subject":{"reference":"Patient/p1"}}""");
        Assert.True(a.Input!.Patient.Pregnant);
    }

    [Fact]
    public void Coded_rls_diagnosis_without_questionnaire_counts_as_criteria_met_and_says_so()
    {
        var a = AssessWith("""{"resourceType":"Condition","id":"rls","code":{"coding":[{"system":"http://snomed.info/sct","code":"32914008"}]},"subject":{"reference":"Patient/p1"}}""");
        Assert.Equal(Ferrum.Clinical.Assessment.RlsStatus.Met, a.Result!.Rls.Status);
        Assert.Contains(a.Issues, i => i.Code == "condition.rls-diagnosis-as-criteria" && i.ResourceId == "rls");
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","id":"p2","gender":"unknown","birthDate":"1990-01-01"}""", "patient.gender-unusable")]
    [InlineData("""{"resourceType":"Patient","id":"p2","gender":"male"}""", "patient.birthdate-unusable")]
    public void Patient_without_usable_sex_or_birth_date_is_not_assessed(string patient, string code)
    {
        var (patients, _) = FhirAssessment.AssessJson(patient, Samples.AsOf);
        var a = Assert.Single(patients);
        Assert.Null(a.Result);
        Assert.Contains(a.Issues, i => i.Code == code && i.ResourceId == "p2");
    }

    [Fact]
    public void Incomplete_irls_is_reported_and_not_scored()
    {
        var a = AssessWith("""{"resourceType":"QuestionnaireResponse","id":"q2","questionnaire":"http://ferrum.example.org/fhir/Questionnaire/ferrum-irls|2026.1","status":"completed","subject":{"reference":"Patient/p1"},"item":[{"linkId":"irls-1","answer":[{"valueInteger":3}]}]}""");
        Assert.Null(a.Input!.Irls);
        Assert.Contains(a.Issues, i => i.Code == "questionnaire.irls-incomplete");
    }

    [Theory]
    [InlineData("2026", 2026, 1, 1)]
    [InlineData("2026-10", 2026, 10, 1)]
    [InlineData("2026-10-02T08:10:00+02:00", 2026, 10, 2)]
    public void Fhir_dates_read_partial_and_full_forms_under_a_german_culture(string text, int y, int m, int d)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try { Assert.Equal(new DateOnly(y, m, d), FhirDates.Parse(text)); }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("20x6")]
    [InlineData("2026-02-30")]
    public void Fhir_dates_reject_impossible_dates(string text) => Assert.Null(FhirDates.Parse(text));
}
