using Ferrum.Clinical.Assessment;
using Ferrum.Core.Labs;
using Ferrum.Core.Patients;
using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.Input;

/// <summary>Turns what was read about one patient into the clinical engine's <see cref="AssessmentInput"/>.</summary>
internal static class InputAssembler
{
    /// <summary>
    /// Builds the engine input as of <paramref name="asOf"/>. Lab values the engine rejects (unknown unit,
    /// implausible value) become issues on the record. Returns null when the patient cannot be assessed
    /// (no Patient resource, no usable sex or birth date); the reason is an issue on the record.
    /// </summary>
    public static AssessmentInput? Assemble(PatientRecord record, DateOnly asOf)
    {
        if (record.Patient is not { } p)
        {
            record.Issues.Add(new MappingIssue("Patient", record.PatientId, "patient.missing", "resources refer to this patient but no Patient resource was found; not assessed"));
            return null;
        }
        if (record.ConflictingPatients) return null; // reported as patient.duplicate-id when the second Patient was read
        Sex? sex = p.Gender switch { "female" => Sex.Female, "male" => Sex.Male, _ => null };
        if (sex is null)
        {
            record.Issues.Add(new MappingIssue("Patient", p.Id, "patient.gender-unusable",
                $"gender '{p.Gender ?? "(missing)"}' cannot select the sex-specific thresholds; accepted: female, male; not assessed").At(p.At));
            return null;
        }
        if (p.BirthDate is not { } birth || birth > asOf)
        {
            record.Issues.Add(new MappingIssue("Patient", p.Id, "patient.birthdate-unusable",
                p.BirthDate is null ? "no birthDate; age is required; not assessed" : $"birthDate {p.BirthDate:yyyy-MM-dd} is after the assessment date {asOf:yyyy-MM-dd}; not assessed").At(p.At));
            return null;
        }
        // Plain loops: this runs once per patient of a bulk export.
        ConditionFact? pregnant = null;
        int? ckd = null;
        bool? dialysis = null;
        foreach (var c in record.Conditions)
        {
            if (c.Kind == ConditionKind.Pregnancy) pregnant ??= c;
            else if (c.Kind == ConditionKind.ChronicKidneyDisease && c.CkdStage is { } stage && (ckd is null || stage > ckd)) ckd = stage;
            else if (c.Kind == ConditionKind.Dialysis) dialysis = true;
        }
        if (pregnant is not null && sex == Sex.Male)
        {
            record.Issues.Add(new MappingIssue("Condition", pregnant.ResourceId, "condition.pregnancy-male", "a pregnancy condition for a male patient; ignored").At(pregnant.At));
            pregnant = null;
        }
        var context = PatientContext.Create(AgeYears(birth, asOf), sex.Value, pregnant is not null ? true : null, null, null, ckd, dialysis);

        var labs = new List<LabResult>(record.Labs.Count);
        foreach (var lab in record.Labs)
        {
            // The location only goes into the error, which is re-worded below with the Observation id.
            if (LabResult.TryCreate(lab.Loinc, lab.Value, lab.Unit, lab.Date, "Observation", out var result, out var error)) labs.Add(result!);
            else record.Issues.Add(new MappingIssue("Observation", lab.ResourceId, "observation." + error!.Code,
                $"{error.Message} (got '{error.Value}'{(lab.UnitText is { } text && error.Field == "unit" ? $", unit text '{text}'" : "")}); accepted: {error.Accepted}; value ignored").At(lab.At));
        }
        var (rls, irls) = Answers(record);
        var medications = new List<string>(record.Medications.Count);
        foreach (var m in record.Medications) medications.Add(m.Name);
        return new AssessmentInput(context, rls, irls, labs, medications);
    }

    /// <summary>
    /// A coded RLS diagnosis (SNOMED 32914008 / ICD-10-CM G25.81) means a clinician found the essential criteria met;
    /// used when no criteria questionnaire was answered.
    /// </summary>
    private static RlsSymptoms? DiagnosisAsCriteria(PatientRecord record)
    {
        foreach (var diagnosed in record.Conditions)
        {
            if (diagnosed.Kind != ConditionKind.RestlessLegs) continue;
            record.Issues.Add(new MappingIssue("Condition", diagnosed.ResourceId, "condition.rls-diagnosis-as-criteria",
                "coded RLS diagnosis taken as the five IRLSSG essential criteria being met (no criteria questionnaire answered)").At(diagnosed.At));
            return new RlsSymptoms { UrgeToMove = true, WorseAtRest = true, ReliefByMovement = true, WorseEveningOrNight = true, NotExplainedByOtherCondition = true };
        }
        return null;
    }

    /// <summary>Age in years with the fraction of the current year, so month-based child thresholds work.</summary>
    internal static double AgeYears(DateOnly birth, DateOnly asOf)
    {
        var whole = FhirDates.AgeInYears(birth, asOf);
        var last = birth.AddYears(whole);
        var next = birth.AddYears(whole + 1);
        return whole + (double)(asOf.DayNumber - last.DayNumber) / (next.DayNumber - last.DayNumber);
    }

    private static (RlsSymptoms? Rls, IReadOnlyList<int>? Irls) Answers(PatientRecord record)
    {
        if (record.Answers.Count == 0) return (DiagnosisAsCriteria(record), null); // most patients of a screened population
        var byLink = new Dictionary<string, AnswerFact>(StringComparer.Ordinal);
        foreach (var a in record.Answers) byLink[a.LinkId] = a; // later responses win
        bool? Flag(string id) => byLink.TryGetValue(id, out var a) ? a.Flag : null;
        double? Number(string id) => byLink.TryGetValue(id, out var a) ? a.Number : null;

        RlsSymptoms? rls = null;
        if (byLink.Keys.Any(k => QuestionnaireMapper.IrlsIndex(k) is null))
        {
            rls = new RlsSymptoms
            {
                UrgeToMove = Flag("urge-to-move"), WorseAtRest = Flag("worse-at-rest"), ReliefByMovement = Flag("relief-by-movement"),
                WorseEveningOrNight = Flag("worse-evening-night"), NotExplainedByOtherCondition = Flag("not-explained-by-other-condition"),
                ClinicallySignificant = Flag("clinically-significant"), EpisodesPerWeek = Number("episodes-per-week"),
                MonthsWithSymptoms = Number("months-with-symptoms"), LifetimeEpisodes = Number("lifetime-episodes") is { } l ? (int)l : null,
            };
        }
        else rls = DiagnosisAsCriteria(record);

        IReadOnlyList<int>? irls = null;
        var items = byLink.Values.Where(a => QuestionnaireMapper.IrlsIndex(a.LinkId) is not null).ToList();
        if (items.Count > 0)
        {
            var scores = new int?[10];
            foreach (var a in items)
            {
                var i = QuestionnaireMapper.IrlsIndex(a.LinkId)!.Value;
                if (a.Number is { } n && n == Math.Floor(n) && n is >= 0 and <= 4) scores[i] = (int)n;
                else record.Issues.Add(new MappingIssue("QuestionnaireResponse", a.ResourceId, "questionnaire.irls-score-range", $"{a.LinkId} must be an integer 0-4; IRLS not scored").At(a.At));
            }
            if (scores.All(s => s is not null)) irls = scores.Select(s => s!.Value).ToList();
            else record.Issues.Add(new MappingIssue("QuestionnaireResponse", items[0].ResourceId, "questionnaire.irls-incomplete",
                $"IRLS has {scores.Count(s => s is not null)} of 10 item scores; the total needs all ten; IRLS not scored").At(items[0].At));
        }
        return (rls, irls);
    }
}
