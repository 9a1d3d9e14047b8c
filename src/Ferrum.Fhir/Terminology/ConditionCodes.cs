using System.Collections.Frozen;

namespace Ferrum.Fhir.Terminology;

/// <summary>SNOMED CT and ICD-10(-CM) codes mapped to the conditions the clinical engine uses.</summary>
/// <remarks>
/// SNOMED CT CKD stage codes as listed in the German COVID-19 research network value set
/// "ChronicKidneyDiseases" (hl7germany/forschungsnetz-covid19); ICD-10-CM N18.x, Z33.1, Z34.x, Z99.2, G25.81
/// per the ICD-10-CM tabular list. Stage 3A/3B map to stage 3.
/// </remarks>
internal static class ConditionCodes
{
    /// <summary>A mapped condition with the CKD stage where the code implies one.</summary>
    internal readonly record struct Mapped(ConditionKind Kind, int? CkdStage = null, bool ImpliesDialysis = false);

    private static readonly FrozenDictionary<string, Mapped> Snomed = new Dictionary<string, Mapped>
    {
        ["77386006"] = new(ConditionKind.Pregnancy),               // Pregnant
        ["709044004"] = new(ConditionKind.ChronicKidneyDisease),   // CKD, stage unknown
        ["431855005"] = new(ConditionKind.ChronicKidneyDisease, 1),
        ["431856006"] = new(ConditionKind.ChronicKidneyDisease, 2),
        ["433144002"] = new(ConditionKind.ChronicKidneyDisease, 3),
        ["700378005"] = new(ConditionKind.ChronicKidneyDisease, 3), // stage 3A
        ["700379002"] = new(ConditionKind.ChronicKidneyDisease, 3), // stage 3B
        ["431857002"] = new(ConditionKind.ChronicKidneyDisease, 4),
        ["433146000"] = new(ConditionKind.ChronicKidneyDisease, 5),
        ["714152005"] = new(ConditionKind.ChronicKidneyDisease, 5, ImpliesDialysis: true), // stage 5 on dialysis
        ["46177005"] = new(ConditionKind.ChronicKidneyDisease, 5),  // end-stage renal disease
        ["105502003"] = new(ConditionKind.Dialysis),               // dependence on renal dialysis
        ["32914008"] = new(ConditionKind.RestlessLegs),            // restless legs
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Mapped> Icd10 = new Dictionary<string, Mapped>
    {
        ["Z33.1"] = new(ConditionKind.Pregnancy),
        ["N18.1"] = new(ConditionKind.ChronicKidneyDisease, 1),
        ["N18.2"] = new(ConditionKind.ChronicKidneyDisease, 2),
        ["N18.3"] = new(ConditionKind.ChronicKidneyDisease, 3),
        ["N18.30"] = new(ConditionKind.ChronicKidneyDisease, 3),
        ["N18.31"] = new(ConditionKind.ChronicKidneyDisease, 3),
        ["N18.32"] = new(ConditionKind.ChronicKidneyDisease, 3),
        ["N18.4"] = new(ConditionKind.ChronicKidneyDisease, 4),
        ["N18.5"] = new(ConditionKind.ChronicKidneyDisease, 5),
        ["N18.6"] = new(ConditionKind.ChronicKidneyDisease, 5),
        ["N18.9"] = new(ConditionKind.ChronicKidneyDisease),
        ["Z99.2"] = new(ConditionKind.Dialysis),
        ["G25.81"] = new(ConditionKind.RestlessLegs),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Maps one coding; <c>null</c> when the system or code is not one Ferrum uses.</summary>
    public static Mapped? Map(string? system, string? code)
    {
        if (code is null) return null;
        if (system == CodeSystems.Snomed) return Snomed.TryGetValue(code, out var s) ? s : null;
        if (system is CodeSystems.Icd10Cm or CodeSystems.Icd10)
        {
            if (Icd10.TryGetValue(code, out var i)) return i;
            if (code.StartsWith("Z34", StringComparison.Ordinal)) return new Mapped(ConditionKind.Pregnancy); // supervision of normal pregnancy
            return null;
        }
        return null;
    }
}
