using System.Collections.Frozen;

namespace Ferrum.Clinical.Medications;

/// <summary>Generic and brand names of drugs that aggravate RLS, matched case-insensitively by word.</summary>
public static class DrugCatalog
{
    private static DrugEntry Ah(string g, params string[] b) => new(g, "sedating antihistamine", b, MedicationRules.Antihistamines);
    private static DrugEntry Ap(string g, params string[] b) => new(g, "antipsychotic (dopamine antagonist)", b, MedicationRules.DopamineAntagonists);
    private static DrugEntry Ae(string g, params string[] b) => new(g, "antiemetic (dopamine antagonist)", b, MedicationRules.DopamineAntagonists);
    private static DrugEntry Ad(string g, string cls, params string[] b) => new(g, cls, b, MedicationRules.Antidepressants);
    private static DrugEntry Da(string g, params string[] b) => new(g, "dopaminergic", b, MedicationRules.Augmentation) { Augmentation = true };

    /// <summary>Every entry.</summary>
    public static IReadOnlyList<DrugEntry> All { get; } =
    [
        Ah("diphenhydramine", "benadryl", "zzzquil", "nytol", "sominex"), Ah("doxylamine", "unisom", "dormidina"),
        Ah("chlorpheniramine", "chlor-trimeton", "piriton"), Ah("hydroxyzine", "atarax", "vistaril"),
        Ah("promethazine", "phenergan"), Ah("cyproheptadine", "periactin"), Ah("dimenhydrinate", "dramamine", "gravol"),
        Ah("brompheniramine", "dimetapp"), Ah("clemastine", "tavist"),
        Ap("haloperidol", "haldol"), Ap("olanzapine", "zyprexa"), Ap("risperidone", "risperdal"), Ap("quetiapine", "seroquel"),
        Ap("chlorpromazine", "thorazine", "largactil"), Ap("ziprasidone", "geodon"), Ap("aripiprazole", "abilify"),
        Ap("paliperidone", "invega"), Ap("fluphenazine", "prolixin"), Ap("perphenazine", "trilafon"),
        Ae("metoclopramide", "reglan", "maxolon"), Ae("prochlorperazine", "compazine", "stemetil", "buccastem"), Ae("droperidol", "inapsine"),
        Ad("mirtazapine", "tetracyclic antidepressant", "remeron", "zispin"),
        Ad("sertraline", "SSRI", "zoloft", "lustral"), Ad("fluoxetine", "SSRI", "prozac", "sarafem"), Ad("paroxetine", "SSRI", "paxil", "seroxat"),
        Ad("citalopram", "SSRI", "celexa", "cipramil"), Ad("escitalopram", "SSRI", "lexapro", "cipralex"), Ad("fluvoxamine", "SSRI", "luvox", "faverin"),
        Ad("venlafaxine", "SNRI", "effexor"), Ad("desvenlafaxine", "SNRI", "pristiq"), Ad("duloxetine", "SNRI", "cymbalta"),
        Ad("levomilnacipran", "SNRI", "fetzima"),
        Ad("amitriptyline", "tricyclic antidepressant", "elavil"), Ad("nortriptyline", "tricyclic antidepressant", "pamelor", "aventyl"),
        Ad("imipramine", "tricyclic antidepressant", "tofranil"), Ad("doxepin", "tricyclic antidepressant", "sinequan", "silenor"),
        Ad("clomipramine", "tricyclic antidepressant", "anafranil"), Ad("desipramine", "tricyclic antidepressant", "norpramin"),
        new("lithium", "mood stabiliser (lithium)", ["lithobid", "priadel", "camcolit", "eskalith"], MedicationRules.Lithium),
        Da("pramipexole", "mirapex", "sifrol", "mirapexin"), Da("ropinirole", "requip", "adartrel"), Da("rotigotine", "neupro"),
        Da("levodopa", "sinemet", "madopar", "rytary", "stalevo", "duopa"),
    ];

    /// <summary>Bupropion and its brands: recognised so the output can say it is not aggravating.</summary>
    public static IReadOnlyList<string> BupropionNames { get; } = ["bupropion", "wellbutrin", "zyban", "elontril"];

    private static readonly FrozenDictionary<string, DrugEntry> ByName =
        All.SelectMany(e => e.Brands.Prepend(e.Generic).Select(n => (n, e))).ToFrozenDictionary(p => p.n, p => p.e, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds the entry a medication text refers to (any word or hyphenated brand matching a generic or brand name).</summary>
    public static DrugEntry? Match(string? medication)
    {
        if (string.IsNullOrWhiteSpace(medication)) return null;
        var text = medication.Trim();
        if (ByName.TryGetValue(text, out var whole)) return whole;
        foreach (var word in Words(text))
            if (ByName.TryGetValue(word, out var e)) return e;
        return null;
    }

    /// <summary>Whether the text names bupropion.</summary>
    public static bool IsBupropion(string? medication) =>
        medication is not null && Words(medication).Any(w => BupropionNames.Contains(w, StringComparer.OrdinalIgnoreCase));

    private static readonly char[] WordSeparators = [' ', '/', '+', ',', '(', ')', '-', '.', ';'];
    private static readonly char[] PhraseSeparators = [' ', '/', '+', ',', '(', ')', ';'];

    private static IEnumerable<string> Words(string text)
    {
        foreach (var w in text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)) yield return w;
        // Hyphenated brands such as chlor-trimeton: also try the pieces joined by a hyphen.
        foreach (var w in text.Split(PhraseSeparators, StringSplitOptions.RemoveEmptyEntries)) yield return w;
    }
}
