using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Rules;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Workup;

/// <summary>Suggests what to investigate when iron deficiency is present (AGA 2020 and the causes it names).</summary>
internal static class WorkupAssessor
{
    public static IReadOnlyList<WorkupItem> Assess(PatientContext p, History? h, IronAssessment iron, FindingsBuilder f)
    {
        var items = new List<WorkupItem>();
        if (iron.IronDeficiency is not (IronDeficiencyStatus.Present or IronDeficiencyStatus.Possible)) return items;
        var ida = iron.Anemia == true && iron.IronDeficiency == IronDeficiencyStatus.Present;
        var female = p.Sex == Sex.Female;
        var pregnant = p.Pregnant == true;

        void Add(string id, ClinicalRule rule, string text)
        {
            items.Add(new WorkupItem(id, text) { Citations = [rule.Citation] });
            f.Add(rule, text);
        }

        if (pregnant)
            Add("pregnancy", WorkupRules.Pregnancy, "Pregnancy raises iron needs; the AGA endoscopy recommendations do not cover pregnancy.");
        else if (ida && p.IsAdult)
        {
            if (!female || p.Postmenopausal == true)
                Add("gi-evaluation", WorkupRules.EndoscopyMenPostmenopausal, "Iron-deficiency anemia in a man or postmenopausal woman: AGA 2020 recommends bidirectional endoscopy (upper endoscopy and colonoscopy); discuss referral.");
            else if (p.Postmenopausal == false)
                Add("gi-evaluation", WorkupRules.EndoscopyPremenopausal, "Iron-deficiency anemia in a premenopausal woman: AGA 2020 suggests bidirectional endoscopy over iron alone; weigh with menstrual history.");
            else
            {
                Add("gi-evaluation", WorkupRules.EndoscopyPremenopausal, "Iron-deficiency anemia in a woman: AGA 2020 recommends bidirectional endoscopy after menopause and suggests it before; menopausal status is unknown.");
                f.Needs("Which AGA endoscopy recommendation applies", "menopausal status");
            }
            Add("celiac-serology", WorkupRules.Celiac, "Where celiac disease is plausible, AGA 2020 suggests celiac serology first (biopsy only if positive).");
            Add("h-pylori", WorkupRules.HPylori, "If bidirectional endoscopy finds no cause, AGA 2020 suggests non-invasive H. pylori testing (treat if positive).");
        }
        else if (!ida)
            Add("gi-evaluation", WorkupRules.BloodLoss, "Iron deficiency without confirmed anemia: the AGA endoscopy recommendations address iron-deficiency anemia; consider the causes below and discuss whether GI evaluation is warranted.");

        if (female && !pregnant && p.Postmenopausal != true && p.AgeYears >= 10)
            Add("heavy-menstrual-bleeding", WorkupRules.HeavyMenstrualBleeding, h?.HeavyMenstrualBleeding == true
                ? "Heavy menstrual bleeding is reported: a likely contributor to iron deficiency."
                : "Ask about heavy menstrual bleeding, a common cause of iron deficiency.");
        if (h?.BariatricSurgery == true)
            Add("bariatric-surgery", WorkupRules.Bariatric, "Previous bariatric surgery can impair iron absorption.");
        if (h?.Diet is { } diet && (diet.Equals("vegetarian", StringComparison.OrdinalIgnoreCase) || diet.Equals("vegan", StringComparison.OrdinalIgnoreCase)))
            Add("diet", WorkupRules.Diet, $"A {diet.ToLowerInvariant()} diet supplies only non-heme iron; review dietary iron intake.");
        if (h?.GiBleeding == true || h?.BloodDonor == true)
            Add("blood-loss", WorkupRules.BloodLoss, h.GiBleeding == true ? "Reported gastrointestinal bleeding: chronic blood loss needs evaluation." : "Regular blood donation contributes to iron loss.");
        return items;
    }
}
