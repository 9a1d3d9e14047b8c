using System.Globalization;
using Ferrum.Fhir.Terminology;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Input;

/// <summary>Reads Firely R4 resources into a <see cref="PatientRecord"/>; problems become issues on the record.</summary>
internal static class ResourceMapper
{
    /// <summary>Adds what <paramref name="resource"/> says to <paramref name="record"/>.</summary>
    /// <param name="record">The patient the resource belongs to.</param>
    /// <param name="resource">Any resource; types Ferrum does not read are ignored.</param>
    /// <param name="medications">Resolves <c>Medication</c> references (contained or in the bundle), may be null.</param>
    public static void Add(PatientRecord record, Resource resource, Func<string, Medication?>? medications = null)
    {
        switch (resource)
        {
            case Patient p:
                record.SetPatient(new PatientFact(p.Id ?? record.PatientId, p.Gender is { } g ? Hl7.Fhir.Utility.EnumUtility.GetLiteral(g) : null,
                    p.BirthDate is { } bd ? FhirDates.Parse(bd) : null));
                break;
            case Observation o: AddObservation(record, o); break;
            case MedicationRequest mr:
                if (FactRules.ActiveMedicationStatus(Literal(mr.Status))) AddMedication(record, "MedicationRequest", mr.Id, mr.Medication, mr, medications);
                break;
            case MedicationStatement ms:
                if (FactRules.ActiveMedicationStatus(Literal(ms.Status))) AddMedication(record, "MedicationStatement", ms.Id, ms.Medication, ms, medications);
                break;
            case Condition c: AddCondition(record, c); break;
            case QuestionnaireResponse qr: QuestionnaireMapper.Add(record, qr); break;
        }
    }

    private static string? Literal<T>(T? e) where T : struct, Enum => e is { } v ? Hl7.Fhir.Utility.EnumUtility.GetLiteral(v) : null;

    private static void AddObservation(PatientRecord record, Observation o)
    {
        var id = o.Id ?? "(no id)";
        var loinc = o.Code?.Coding.FirstOrDefault(c => c.System == CodeSystems.Loinc && LabCodes.NameOf(c.Code ?? "") is not null)?.Code
                    ?? o.Code?.Coding.FirstOrDefault(c => c.System == CodeSystems.Loinc)?.Code;
        var q = o.Value as Quantity;
        var unit = q is null ? null : !string.IsNullOrWhiteSpace(q.Code) ? q.Code : q.Unit;
        var unitText = q is not null && unit != q.Unit ? q.Unit : null;
        var date = o.Effective switch
        {
            FhirDateTime dt => FhirDates.Parse(dt.Value),
            Period p => FhirDates.Parse(p.Start),
            Instant i => FhirDates.Parse(i.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => o.Issued is { } iss ? DateOnly.FromDateTime(iss.UtcDateTime) : null,
        };
        double? value = q?.Value is { } d ? (double)d : null;
        if (o.Value is not null and not Quantity && loinc is not null && LabCodes.NameOf(loinc) is not null)
        {
            record.Issues.Add(new MappingIssue("Observation", id, "observation.value-not-quantity", $"LOINC {loinc} has value[x] of type {o.Value.TypeName}; a valueQuantity is required"));
            return;
        }
        switch (FactRules.Lab(id, loinc, o.Code?.Coding.Count > 0 || o.Code?.Text is not null, value, unit, date, Literal(o.Status)))
        {
            case LabFact f: record.Labs.Add(unitText is null ? f : f with { UnitText = unitText }); break;
            case MappingIssue issue: record.Issues.Add(issue); break;
        }
    }

    private static void AddMedication(PatientRecord record, string type, string? id, DataType? medication, DomainResource owner, Func<string, Medication?>? resolve)
    {
        id ??= "(no id)";
        var concept = medication as CodeableConcept;
        if (medication is ResourceReference r)
        {
            var med = r.Reference is { } reference
                ? reference.StartsWith('#') ? owner.Contained.OfType<Medication>().FirstOrDefault(m => "#" + m.Id == reference) : resolve?.Invoke(reference)
                : null;
            concept = med?.Code ?? (r.Display is { } display ? new CodeableConcept { Text = display } : null);
        }
        if (concept is null)
        {
            record.Issues.Add(new MappingIssue(type, id, "medication.unresolved", "medication[x] is neither a CodeableConcept nor a resolvable Medication reference; medication ignored"));
            return;
        }
        var rx = concept.Coding.FirstOrDefault(c => c.System == CodeSystems.RxNorm);
        var name = rx?.Display ?? concept.Text ?? concept.Coding.FirstOrDefault(c => c.Display is not null)?.Display;
        if (string.IsNullOrWhiteSpace(name))
        {
            record.Issues.Add(new MappingIssue(type, id, "medication.name-missing", "the medication has neither a coding display nor text; medication ignored"));
            return;
        }
        record.Medications.Add(new MedicationFact(id, name, rx?.Code));
    }

    private static void AddCondition(PatientRecord record, Condition c)
    {
        if (!FactRules.ActiveCondition(c.ClinicalStatus?.Coding.FirstOrDefault()?.Code, c.VerificationStatus?.Coding.FirstOrDefault()?.Code)) return;
        foreach (var coding in c.Code?.Coding ?? [])
        {
            if (ConditionCodes.Map(coding.System, coding.Code) is not { } m) continue;
            var id = c.Id ?? "(no id)";
            record.Conditions.Add(new ConditionFact(id, m.Kind, m.CkdStage));
            if (m.ImpliesDialysis) record.Conditions.Add(new ConditionFact(id, ConditionKind.Dialysis, null));
            return;
        }
    }
}
