using System.Collections.Frozen;
using Ferrum.Core.Provenance;
using Ferrum.Core.Units;

namespace Ferrum.Core.Labs;

/// <summary>The analytes Ferrum reads, keyed by LOINC code.</summary>
/// <remarks>
/// LOINC codes were cross-checked against the LOINC long common names quoted in public laboratory
/// mapping tables (e.g. "Ferritin [Mass/volume] in Serum or Plasma by Immunoassay" for 20567-4); the
/// LOINC database itself was not available offline. Conversion factors: Fe 55.845 g/mol (IUPAC standard
/// atomic weight); hemoglobin 0.62063 mmol/L per g/dL and ferritin 2.247 pmol/L per µg/L as tabulated in
/// the iron-status review PMC3934467, Table 1.
/// </remarks>
public static class Analytes
{
    /// <summary>Molar mass of iron, g/mol.</summary>
    public const double IronMolarMass = 55.845;

    /// <summary>Hemoglobin mmol/L per g/dL under the monomer convention (one heme-bearing subunit per mole).</summary>
    public const double HemoglobinMmolPerGdl = 0.62063;

    /// <summary>Ferritin pmol/L per µg/L (conventional SI factor).</summary>
    public const double FerritinPmolPerUgl = 2.247;

    private static readonly Citation SiTable = new("PMC3934467", "Table 1 (conventional to SI conversion factors)")
    {
        Reference = "PMC3934467, Table 1: serum iron × 0.179, ferritin × 2.247, hemoglobin × 0.62063 (subunit convention)",
        Url = new Uri("https://pmc.ncbi.nlm.nih.gov/articles/PMC3934467/table/T1"),
    };

    /// <summary>Blood hemoglobin (718-7), canonical g/L; mmol/L uses the monomer (subunit) convention.</summary>
    public static Analyte Hemoglobin { get; } = new("hemoglobin", "Hemoglobin", ["718-7"], Unit.GramPerLiter,
        [Unit.GramPerLiter, Unit.GramPerDeciliter, Unit.MillimolePerLiter], 10, 250,
        molarMassGPerMol: 10.0 / (HemoglobinMmolPerGdl * 1e-3),
        molarMassSource: SiTable with { Note = "Monomer convention: mmol/L counts heme-bearing subunits; the tetramer molarity is 4 times lower." });

    /// <summary>Mean corpuscular volume (787-2), fL.</summary>
    public static Analyte Mcv { get; } = new("mcv", "Mean corpuscular volume", ["787-2"], Unit.Femtoliter, [Unit.Femtoliter], 40, 160);

    /// <summary>Serum ferritin (2276-4, 20567-4), canonical µg/L (= ng/mL).</summary>
    public static Analyte Ferritin { get; } = new("ferritin", "Ferritin", ["2276-4", "20567-4"], Unit.MicrogramPerLiter,
        [Unit.MicrogramPerLiter, Unit.NanogramPerMilliliter, Unit.PicomolePerLiter], 0.1, 100000,
        molarMassGPerMol: 1e-6 / (FerritinPmolPerUgl * 1e-12), molarMassSource: SiTable);

    /// <summary>Serum iron (2498-4), canonical µg/dL.</summary>
    public static Analyte SerumIron { get; } = new("serum-iron", "Serum iron", ["2498-4"], Unit.MicrogramPerDeciliter,
        [Unit.MicrogramPerDeciliter, Unit.MicrogramPerLiter, Unit.MicromolePerLiter], 1, 2000,
        IronMolarMass, new Citation("IUPAC/CIAAW", "standard atomic weight of Fe, 55.845"));

    /// <summary>Total iron-binding capacity (2500-7), canonical µg/dL.</summary>
    public static Analyte Tibc { get; } = new("tibc", "Total iron-binding capacity", ["2500-7"], Unit.MicrogramPerDeciliter,
        [Unit.MicrogramPerDeciliter, Unit.MicrogramPerLiter, Unit.MicromolePerLiter], 50, 1200,
        IronMolarMass, new Citation("IUPAC/CIAAW", "standard atomic weight of Fe, 55.845"));

    /// <summary>Transferrin saturation (2502-3), %.</summary>
    public static Analyte TransferrinSaturation { get; } = new("tsat", "Transferrin saturation", ["2502-3"], Unit.Percent,
        [Unit.Percent, Unit.Ratio], 0, 100);

    /// <summary>Serum transferrin (3034-6), canonical g/L.</summary>
    public static Analyte Transferrin { get; } = new("transferrin", "Transferrin", ["3034-6"], Unit.GramPerLiter,
        [Unit.GramPerLiter, Unit.MilligramPerDeciliter], 0.1, 10);

    /// <summary>C-reactive protein (1988-5), canonical mg/L.</summary>
    public static Analyte Crp { get; } = new("crp", "C-reactive protein", ["1988-5"], Unit.MilligramPerLiter,
        [Unit.MilligramPerLiter, Unit.MilligramPerDeciliter], 0, 1000);

    /// <summary>Soluble transferrin receptor (30248-9), canonical mg/L (assays differ; molar units are not accepted).</summary>
    public static Analyte SolubleTransferrinReceptor { get; } = new("stfr", "Soluble transferrin receptor", ["30248-9"],
        Unit.MilligramPerLiter, [Unit.MilligramPerLiter], 0.1, 100);

    /// <summary>Reticulocyte hemoglobin content (71694-4), pg.</summary>
    public static Analyte ReticulocyteHemoglobin { get; } = new("ret-he", "Reticulocyte hemoglobin", ["71694-4"], Unit.Picogram,
        [Unit.Picogram], 10, 50);

    /// <summary>Every analyte.</summary>
    public static IReadOnlyList<Analyte> All { get; } =
        [Hemoglobin, Mcv, Ferritin, SerumIron, Tibc, TransferrinSaturation, Transferrin, Crp, SolubleTransferrinReceptor, ReticulocyteHemoglobin];

    private static readonly FrozenDictionary<string, Analyte> ByLoinc =
        All.SelectMany(a => a.LoincCodes.Select(c => (c, a))).ToFrozenDictionary(p => p.c, p => p.a, StringComparer.Ordinal);

    /// <summary>Finds the analyte a LOINC code reports.</summary>
    public static bool TryFindByLoinc(string? loinc, out Analyte analyte)
    {
        analyte = Hemoglobin;
        if (loinc is null || !ByLoinc.TryGetValue(loinc.Trim(), out var found)) return false;
        analyte = found;
        return true;
    }

    /// <summary>All LOINC codes Ferrum knows, for messages.</summary>
    public static IEnumerable<string> KnownLoincCodes => ByLoinc.Keys.Order(StringComparer.Ordinal);
}
