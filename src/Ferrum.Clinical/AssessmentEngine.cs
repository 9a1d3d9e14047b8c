using System.Globalization;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Iron;
using Ferrum.Clinical.Medications;
using Ferrum.Clinical.Rls;
using Ferrum.Clinical.Rules;
using Ferrum.Clinical.Therapy;
using Ferrum.Clinical.Workup;
using Ferrum.Core.Errors;

namespace Ferrum.Clinical;

/// <summary>
/// Assesses one patient against the rule set <see cref="RuleCatalog.RuleSetId"/>: IRLSSG criteria, IRLS, WHO anemia
/// and ferritin thresholds, RLS iron-therapy guidance, AGA work-up and aggravating medications.
/// </summary>
/// <remarks>Pure and deterministic: no I/O, no clock (the assessment date is a parameter), thread-safe.</remarks>
public static class AssessmentEngine
{
    /// <summary>The rule set this engine applies.</summary>
    public const string RuleSetId = RuleCatalog.RuleSetId;

    /// <summary>Assesses <paramref name="input"/> as of <paramref name="today"/>.</summary>
    /// <param name="input">Validated input (see <see cref="Json.AssessmentInputReader"/>).</param>
    /// <param name="today">The assessment date, used to judge how recent the laboratory results are.</param>
    /// <param name="warnings">Reader warnings to carry into the result.</param>
    public static AssessmentResult Assess(AssessmentInput input, DateOnly today, IReadOnlyList<InputError>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new FindingsBuilder();
        var labs = new LabPanel(input.Labs);
        foreach (var lab in labs.All)
        {
            if (lab.Date is not { } d) continue;
            var days = today.DayNumber - d.DayNumber;
            if (days > GeneralRules.StaleLab.Threshold)
                f.Add(GeneralRules.StaleLab, string.Create(CultureInfo.InvariantCulture, $"{lab.Analyte.Name} is from {d:yyyy-MM-dd}, {days} days ago: it may not reflect the current state."));
            else if (days < 0)
                f.Add(GeneralRules.FutureLab, string.Create(CultureInfo.InvariantCulture, $"{lab.Analyte.Name} is dated {d:yyyy-MM-dd}, after the assessment date: check the date."));
        }
        var rls = RlsAssessor.Assess(input.Rls, input.Irls, f);
        var iron = IronAssessor.Assess(input.Patient, labs, f);
        var therapy = TherapyAssessor.Assess(input.Patient, rls, iron, f);
        var workup = WorkupAssessor.Assess(input.Patient, input.History, iron, f);
        var meds = MedicationAssessor.Assess(input.Medications, f);
        return new AssessmentResult(rls, iron, therapy, workup, meds, f.Findings, RuleSetId)
        {
            Undecided = f.Undecided, Warnings = warnings ?? [], AssessedOn = today,
        };
    }
}
