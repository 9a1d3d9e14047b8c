using Ferrum.Clinical.Rules;

namespace Ferrum.Clinical.Medications;

/// <summary>Drug classes that aggravate RLS and the dopaminergic augmentation flag, as data.</summary>
public static class MedicationRules
{
    private static ClinicalRule Class(string id, string text) => new("medications." + id, "medications", text, Sources.AggravatingDrugs);

    /// <summary>Sedating antihistamines.</summary>
    public static ClinicalRule Antihistamines { get; } = Class("sedating-antihistamines", "Sedating (first-generation) antihistamines can aggravate RLS.");

    /// <summary>Dopamine antagonists: antipsychotics and antiemetics.</summary>
    public static ClinicalRule DopamineAntagonists { get; } = Class("dopamine-antagonists", "Dopamine antagonists (antipsychotics, metoclopramide, prochlorperazine) can aggravate RLS.");

    /// <summary>Serotonergic and tricyclic antidepressants, mirtazapine.</summary>
    public static ClinicalRule Antidepressants { get; } = Class("antidepressants", "Most antidepressants (mirtazapine, SSRIs, SNRIs, tricyclics) can aggravate RLS; bupropion is not reported to.");

    /// <summary>Lithium.</summary>
    public static ClinicalRule Lithium { get; } = Class("lithium", "Lithium can aggravate RLS.");

    /// <summary>Dopaminergic RLS drugs and augmentation.</summary>
    public static ClinicalRule Augmentation { get; } = Class("dopaminergic-augmentation", "Dopaminergic drugs (pramipexole, ropinirole, rotigotine, levodopa) can cause augmentation: earlier onset, spread and worsening of RLS over time.");

    /// <summary>Bupropion is not reported to aggravate RLS.</summary>
    public static ClinicalRule Bupropion { get; } = Class("bupropion-neutral", "Bupropion is not reported to aggravate RLS and is an antidepressant option in RLS.");

    /// <summary>Every medication rule.</summary>
    public static IReadOnlyList<ClinicalRule> All { get; } = [Antihistamines, DopamineAntagonists, Antidepressants, Lithium, Augmentation, Bupropion];
}
