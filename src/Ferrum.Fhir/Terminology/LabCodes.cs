using System.Collections.Frozen;

namespace Ferrum.Fhir.Terminology;

/// <summary>The LOINC codes Ferrum reads from Observations, with a short name for messages and CSV columns.</summary>
public static class LabCodes
{
    /// <summary>Ferritin [Mass/volume] in Serum or Plasma.</summary>
    public const string Ferritin = "2276-4";
    /// <summary>Hemoglobin [Mass/volume] in Blood.</summary>
    public const string Hemoglobin = "718-7";
    /// <summary>Iron saturation [Mass Fraction] in Serum or Plasma (transferrin saturation).</summary>
    public const string TransferrinSaturation = "2502-3";
    /// <summary>C reactive protein [Mass/volume] in Serum or Plasma.</summary>
    public const string CReactiveProtein = "1988-5";
    /// <summary>Iron [Mass/volume] in Serum or Plasma.</summary>
    public const string SerumIron = "2498-4";
    /// <summary>Iron binding capacity [Mass/volume] in Serum or Plasma (TIBC).</summary>
    public const string Tibc = "2500-7";

    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Ferritin] = "ferritin",
        ["20567-4"] = "ferritin", // Ferritin [Mass/volume] in Serum or Plasma by Immunoassay
        [Hemoglobin] = "hemoglobin",
        [TransferrinSaturation] = "tsat",
        [CReactiveProtein] = "crp",
        ["30522-7"] = "crp",      // C reactive protein, high sensitivity
        [SerumIron] = "iron",
        [Tibc] = "tibc",
        ["3034-6"] = "transferrin",
        ["787-2"] = "mcv",
        ["33914-3"] = "egfr",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The LOINC codes Ferrum asks an EHR for (prefetch and Bulk Data filters).</summary>
    public static IReadOnlyCollection<string> All => Names.Keys;

    /// <summary>The short analyte name of a LOINC code Ferrum reads, or <c>null</c>.</summary>
    public static string? NameOf(string loinc) => Names.TryGetValue(loinc, out var n) ? n : null;
}
