using Ferrum.Clinical.Assessment;
using Ferrum.Core.Errors;
using Ferrum.Fhir.Tests.Support;

namespace Ferrum.Fhir.Tests.Input;

public sealed class BundleAssessmentTests
{
    private static FhirPatientAssessment Sample()
    {
        var (patients, issues) = FhirAssessment.AssessJson(Samples.Bundle, Samples.AsOf, "sample.json");
        Assert.Empty(issues);
        return Assert.Single(patients);
    }

    [Fact]
    public void Sample_bundle_maps_patient_demographics_conditions_and_questionnaires()
    {
        var a = Sample();
        var input = a.Input!;
        Assert.Equal("rls-iron-1", a.PatientId);
        Assert.Equal(Ferrum.Core.Patients.Sex.Female, input.Patient.Sex);
        Assert.Equal(45, (int)input.Patient.AgeYears);
        Assert.Equal(3, input.Patient.CkdStage);
        Assert.Equal([3, 3, 2, 2, 3, 2, 2, 2, 3, 2], input.Irls);
        Assert.True(input.Rls!.UrgeToMove);
        Assert.Equal(4, input.Rls.EpisodesPerWeek);
        Assert.Equal(["sertraline 50 mg tablet", "diphenhydramine 25 mg at night"], input.Medications);
    }

    [Fact]
    public void Latest_ferritin_wins_and_the_engine_sees_the_iron_panel()
    {
        var r = Sample().Result!;
        Assert.Equal(42, r.Iron.FerritinUgPerL);
        Assert.Equal(14, r.Iron.TsatPercent);
        Assert.Equal(RlsStatus.Met, r.Rls.Status);
        Assert.Equal(24, r.Rls.IrlsTotal);
        Assert.Contains(r.AggravatingMedications, m => m.Class == "SSRI");
    }

    [Fact]
    public void Unitless_and_unused_observations_are_reported_with_their_ids_not_thrown()
    {
        var issues = Sample().Issues;
        Assert.Contains(issues, i => i is { ResourceType: "Observation", ResourceId: "hb-no-unit", Code: "observation.unit-missing" });
        Assert.Contains(issues, i => i is { ResourceType: "Observation", ResourceId: "hr-1", Code: "observation.code-not-used" });
        Assert.Equal(2, issues.Count);
    }

    [Fact]
    public void Text_that_is_not_json_is_an_input_error_naming_the_file()
    {
        var ex = Assert.Throws<InputErrorException>(() => FhirAssessment.AssessJson("{ not json", Samples.AsOf, "broken.json"));
        Assert.Equal("fhir.invalid-json", ex.Error.Code);
        Assert.Equal("broken.json", ex.Error.File);
    }

    [Fact]
    public void Json_that_is_not_a_resource_is_an_input_error()
    {
        var ex = Assert.Throws<InputErrorException>(() => FhirAssessment.AssessJson("""{"hello": 1}""", Samples.AsOf, "x.json"));
        Assert.Equal("fhir.invalid-json", ex.Error.Code);
    }
}
