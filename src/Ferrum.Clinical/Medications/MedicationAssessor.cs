using Ferrum.Clinical.Assessment;

namespace Ferrum.Clinical.Medications;

/// <summary>Flags current medications that can aggravate RLS or cause augmentation.</summary>
internal static class MedicationAssessor
{
    public static IReadOnlyList<AggravatingMedication> Assess(IReadOnlyList<string> medications, FindingsBuilder f)
    {
        var list = new List<AggravatingMedication>();
        foreach (var med in medications)
        {
            if (DrugCatalog.IsBupropion(med))
            {
                f.Add(MedicationRules.Bupropion, $"{med}: bupropion is not reported to aggravate RLS.");
                continue;
            }
            if (DrugCatalog.Match(med) is not { } entry) continue;
            list.Add(new AggravatingMedication(med, entry.Class) { Generic = entry.Generic, Augmentation = entry.Augmentation });
            f.Add(entry.Rule, entry.Augmentation
                ? $"{med} ({entry.Generic}) is dopaminergic: watch for augmentation (earlier onset, spread or worsening of symptoms)."
                : $"{med} ({entry.Generic}, {entry.Class}) can aggravate RLS; whether to review it is a decision for the prescriber.");
        }
        return list;
    }
}
