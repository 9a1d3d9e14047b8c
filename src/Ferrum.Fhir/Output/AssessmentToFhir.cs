using System.Globalization;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;
using Ferrum.Fhir.Terminology;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Output;

/// <summary>
/// Maps an assessment result to FHIR R4: an Observation for the IRLS total, a ClinicalImpression for the RLS status,
/// iron findings and therapy suggestion, a DetectedIssue per aggravating drug, a proposed ServiceRequest per work-up
/// item and a proposed CarePlan that gathers the suggestions. Every finding's citations are carried as notes.
/// </summary>
public static class AssessmentToFhir
{
    /// <summary>The resources for <paramref name="result"/> about <c>Patient/<paramref name="patientId"/></c>, as a collection Bundle.</summary>
    public static Bundle ToBundle(AssessmentResult result, string patientId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Id = StableId.For(patientId, "bundle", 0) };
        foreach (var r in ToResources(result, patientId))
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + r.Id, Resource = r });
        return bundle;
    }

    /// <summary>The resources for <paramref name="result"/>, with deterministic ids derived from the patient id.</summary>
    public static IReadOnlyList<Resource> ToResources(AssessmentResult result, string patientId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var subject = new ResourceReference("Patient/" + patientId);
        var date = result.AssessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var resources = new List<Resource>();
        if (result.Rls.IrlsTotal is { } total) resources.Add(IrlsObservation(result, patientId, subject, date, total));
        resources.Add(Impression(result, patientId, subject, date));
        var n = 0;
        foreach (var med in result.AggravatingMedications)
            resources.Add(Issue(med, result, patientId, subject, date, n++));
        n = 0;
        var requests = result.Workup.Select(w => WorkupRequest(w, patientId, subject, date, n++)).ToList();
        resources.AddRange(requests);
        resources.Add(CarePlanOf(result, patientId, subject, requests));
        return resources;
    }

    private static Observation IrlsObservation(AssessmentResult result, string patientId, ResourceReference subject, string date, int total) => new()
    {
        Id = StableId.For(patientId, "irls-total", 0),
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
        Code = new CodeableConcept(CodeSystems.FerrumRls, "irls-total", "IRLS total score (0-40)") { Text = "IRLS total score" },
        Subject = subject,
        Effective = new FhirDateTime(date),
        Value = new Integer(total),
        Interpretation = result.Rls.IrlsSeverity is { } s ? [new CodeableConcept { Text = "IRLS severity: " + ContractNames.Of(s) }] : [],
        Method = new CodeableConcept { Text = "Sum of the ten IRLS item scores (0-4 each); severity bands per Walters et al. 2003" },
        Note = Notes(result.Findings.Where(f => f.Id.StartsWith("irls", StringComparison.Ordinal))),
    };

    private static ClinicalImpression Impression(AssessmentResult result, string patientId, ResourceReference subject, string date)
    {
        var findings = new List<ClinicalImpression.FindingComponent>
        {
            Finding(CodeSystems.FerrumRls, "rls-status", ImpressionTexts.RlsStatus(result)),
            Finding(CodeSystems.FerrumRls, "iron-status", ImpressionTexts.IronStatus(result)),
            Finding(CodeSystems.FerrumRls, "rls-iron-therapy", ImpressionTexts.Therapy(result)),
        };
        if (result.Iron.Anemia is { } anemia) findings.Add(Finding(CodeSystems.Snomed, ImpressionTexts.AnemiaSnomed, ImpressionTexts.Anemia(anemia)));
        var impression = new ClinicalImpression
        {
            Id = StableId.For(patientId, "impression", 0),
            Status = ClinicalImpression.ClinicalImpressionStatus.Completed,
            Code = new CodeableConcept { Text = "Ferrum RLS and iron assessment" },
            Subject = subject,
            Effective = new FhirDateTime(date),
            Date = date,
            Description = "Guideline-based decision support; it does not prescribe. Discuss every finding with a clinician.",
            Summary = Summary(result),
            Finding = findings,
            ProtocolElement = result.Findings.SelectMany(f => f.Citations).Where(c => c.Url is not null)
                .Select(c => c.Url!.ToString()).Distinct(StringComparer.Ordinal).Select(u => new FhirUri(u)).ToList(),
            Note = Notes(result.Findings),
        };
        impression.Identifier.Add(new Identifier(CodeSystems.RuleSet, result.RuleSet));
        return impression;
    }

    private static string Summary(AssessmentResult result)
    {
        var parts = new List<string> { "RLS criteria " + ContractNames.Of(result.Rls.Status) };
        if (result.Rls.IrlsTotal is { } t) parts.Add(string.Create(CultureInfo.InvariantCulture, $"IRLS {t}"));
        parts.Add("iron deficiency " + ContractNames.Of(result.Iron.IronDeficiency));
        if (result.Iron.Anemia is { } a) parts.Add(a ? "anemia" : "no anemia");
        parts.Add("therapy suggestion " + ContractNames.Of(result.Therapy.Recommendation) + ": " + result.Therapy.Details);
        return string.Join("; ", parts);
    }

    private static ClinicalImpression.FindingComponent Finding(string system, string code, string text) =>
        new() { ItemCodeableConcept = new CodeableConcept(system, code) { Text = text } };

    private static DetectedIssue Issue(AggravatingMedication med, AssessmentResult result, string patientId, ResourceReference subject, string date, int n)
    {
        var related = result.Findings.Where(f => f.Text.Contains(med.Name, StringComparison.OrdinalIgnoreCase) || (med.Generic is { } g && f.Text.Contains(g, StringComparison.OrdinalIgnoreCase))).ToList();
        var citation = related.SelectMany(f => f.Citations).FirstOrDefault();
        return new DetectedIssue
        {
            Id = StableId.For(patientId, "detected-issue", n),
            Status = ObservationStatus.Final,
            Code = new CodeableConcept { Text = med.Augmentation ? "Dopaminergic drug: risk of RLS augmentation" : "Drug that can aggravate RLS" },
            Severity = DetectedIssue.DetectedIssueSeverity.Moderate,
            Patient = subject,
            Identified = new FhirDateTime(date),
            Detail = $"{med.Name} ({med.Class}) " + (med.Augmentation
                ? "can cause augmentation of RLS with long-term use; guideline suggests reviewing it with a clinician."
                : "can worsen RLS symptoms; guideline suggests discussing alternatives with a clinician."),
            Reference = citation?.Url?.ToString(),
            Mitigation = related.Select(f => new DetectedIssue.MitigationComponent
            {
                Action = new CodeableConcept { Text = f.Text },
                Date = date,
            }).Take(1).ToList(),
        };
    }

    private static ServiceRequest WorkupRequest(WorkupItem item, string patientId, ResourceReference subject, string date, int n) => new()
    {
        Id = StableId.For(patientId, "workup", n),
        Status = RequestStatus.Draft,
        Intent = RequestIntent.Proposal,
        Code = new CodeableConcept(CodeSystems.FerrumBase + "/CodeSystem/ferrum-workup", item.Id) { Text = item.Text },
        Subject = subject,
        AuthoredOn = date,
        ReasonCode = [new CodeableConcept { Text = "Work-up of iron deficiency suggested by Ferrum" }],
        Note = Notes(item.Citations.Count > 0 ? [new Ferrum.Clinical.Assessment.Finding(item.Id, item.Text, item.Citations)] : []),
    };

    private static CarePlan CarePlanOf(AssessmentResult result, string patientId, ResourceReference subject, List<ServiceRequest> requests)
    {
        var plan = new CarePlan
        {
            Id = StableId.For(patientId, "careplan", 0),
            Status = RequestStatus.Draft,
            Intent = CarePlan.CarePlanIntent.Proposal,
            Title = "Ferrum suggestions for RLS and iron status",
            Description = "Suggestions from guideline rules (" + result.RuleSet + "); discuss with a clinician before acting.",
            Subject = subject,
        };
        plan.Activity.Add(new CarePlan.ActivityComponent
        {
            Detail = new CarePlan.DetailComponent
            {
                Kind = CarePlan.CarePlanActivityKind.MedicationRequest,
                Status = CarePlan.CarePlanActivityStatus.NotStarted,
                Code = new CodeableConcept(CodeSystems.FerrumRls, "rls-iron-therapy") { Text = "RLS iron therapy: " + ContractNames.Of(result.Therapy.Recommendation) },
                Description = result.Therapy.Details
                    + (result.Therapy.RecheckAfterWeeks is { } w ? string.Create(CultureInfo.InvariantCulture, $" Recheck iron studies after about {w} weeks.") : ""),
            },
        });
        foreach (var r in requests) plan.Activity.Add(new CarePlan.ActivityComponent { Reference = new ResourceReference("urn:uuid:" + r.Id) });
        return plan;
    }

    private static List<Annotation> Notes(IEnumerable<Ferrum.Clinical.Assessment.Finding> findings) =>
        findings.Select(f => new Annotation
        {
            Text = f.Citations.Count == 0 ? f.Text : f.Text + " — Source: " + string.Join("; ", f.Citations.Select(CitationText.Of)),
        }).ToList();
}
