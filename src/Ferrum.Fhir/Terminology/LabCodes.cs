using Ferrum.Core.Labs;

namespace Ferrum.Fhir.Terminology;

/// <summary>The LOINC codes Ferrum reads from Observations (the clinical engine's analytes), with constants for the core iron panel.</summary>
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

    /// <summary>The LOINC codes Ferrum reads: those of the analytes the clinical engine knows.</summary>
    public static IReadOnlyList<string> All { get; } = Analytes.KnownLoincCodes.ToList();

    /// <summary>The analyte id of a LOINC code Ferrum reads (e.g. <c>ferritin</c>), or <c>null</c>.</summary>
    public static string? NameOf(string loinc) => Analytes.TryFindByLoinc(loinc, out var a) ? a.Id : null;
}
