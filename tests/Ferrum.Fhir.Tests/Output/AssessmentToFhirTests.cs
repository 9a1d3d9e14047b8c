using Ferrum.Fhir.Output;
using Ferrum.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Tests.Output;

public sealed class AssessmentToFhirTests
{
    private static IReadOnlyList<Resource> SampleResources()
    {
        var a = FhirAssessment.AssessJson(Samples.Bundle, Samples.AsOf).Patients.Single();
        return AssessmentToFhir.ToResources(a.Result!, a.PatientId);
    }

    [Fact]
    public void Every_emitted_resource_validates_against_the_R4_structure_definitions()
    {
        var resources = SampleResources();
        Assert.All(resources, r => Assert.Empty(R4Validator.Errors(r)));
        var a = FhirAssessment.AssessJson(Samples.Bundle, Samples.AsOf).Patients.Single();
        Assert.Empty(R4Validator.Errors(AssessmentToFhir.ToBundle(a.Result!, a.PatientId)));
    }

    [Fact]
    public void Irls_total_becomes_an_observation_with_ferrum_code_and_integer_value()
    {
        var obs = SampleResources().OfType<Observation>().Single();
        Assert.Equal("irls-total", obs.Code.Coding.Single().Code);
        Assert.Equal(24, ((Integer)obs.Value!).Value);
        Assert.Equal("Patient/rls-iron-1", obs.Subject!.Reference);
    }

    [Fact]
    public void Impression_carries_rls_status_iron_findings_and_every_citation()
    {
        var a = FhirAssessment.AssessJson(Samples.Bundle, Samples.AsOf).Patients.Single();
        var ci = AssessmentToFhir.ToResources(a.Result!, a.PatientId).OfType<ClinicalImpression>().Single();
        Assert.Contains(ci.Finding, f => f.ItemCodeableConcept!.Coding[0].Code == "rls-status" && f.ItemCodeableConcept.Text!.EndsWith(": met", StringComparison.Ordinal));
        Assert.Contains(ci.Finding, f => f.ItemCodeableConcept!.Coding[0].Code == "iron-status" && f.ItemCodeableConcept.Text!.Contains("ferritin 42", StringComparison.Ordinal));
        var sources = a.Result!.Findings.SelectMany(f => f.Citations).Select(c => c.Source).Distinct().ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Contains(ci.Note, n => n.Text!.Contains(s, StringComparison.Ordinal)));
        Assert.Equal(a.Result.RuleSet, ci.Identifier.Single().Value);
    }

    [Fact]
    public void Each_aggravating_drug_becomes_a_detected_issue_and_each_workup_item_a_proposed_service_request()
    {
        var a = FhirAssessment.AssessJson(Samples.Bundle, Samples.AsOf).Patients.Single();
        var resources = AssessmentToFhir.ToResources(a.Result!, a.PatientId);
        Assert.Equal(a.Result!.AggravatingMedications.Count, resources.OfType<DetectedIssue>().Count());
        Assert.Contains(resources.OfType<DetectedIssue>(), d => d.Detail!.Contains("sertraline", StringComparison.OrdinalIgnoreCase));
        var requests = resources.OfType<ServiceRequest>().ToList();
        Assert.Equal(a.Result.Workup.Count, requests.Count);
        Assert.All(requests, r => Assert.Equal(RequestIntent.Proposal, r.Intent));
        var plan = resources.OfType<CarePlan>().Single();
        Assert.Equal(requests.Count + 1, plan.Activity.Count);
    }

    [Fact]
    public void Same_assessment_gives_the_same_resource_ids()
    {
        Assert.Equal(SampleResources().Select(r => r.Id), SampleResources().Select(r => r.Id));
    }
}
