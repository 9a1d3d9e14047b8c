using System.Globalization;
using System.Text;

namespace Ferrum.Study.Demo;

/// <summary>The demo's plate layout and study spec as YAML text.</summary>
internal static class DemoLayout
{
    /// <summary>
    /// Standards S1–S8 in duplicate down columns 1–2, blanks A12/B12, controls C12–F12, samples in vertical
    /// duplicate pairs over columns 3–11 (36 per plate), diluted <see cref="DemoDesign.Dilution"/>-fold.
    /// </summary>
    public static string Yaml(IReadOnlyList<(string Plate, string[] Ids)> plates)
    {
        var sb = new StringBuilder("# SYNTHETIC demo layout (ferrum study demo)\nanalytes:\n");
        foreach (var a in DemoDesign.Analytes) sb.Append(CultureInfo.InvariantCulture, $"  {a.Name}: {{ unit: {a.Unit}, model: 4PL, weighting: none }}\n");
        sb.Append("standards:\n");
        for (var level = 0; level < 8; level++)
        {
            var row = (char)('A' + level);
            var conc = string.Join(", ", DemoDesign.Analytes.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Name}: {DemoDesign.Standards(a.TopStandard)[level]:R}")));
            sb.Append(CultureInfo.InvariantCulture, $"  - {{ level: S{level + 1}, wells: [{row}1, {row}2], concentrations: {{ {conc} }} }}\n");
        }
        sb.Append("blanks: [A12, B12]\ncontrols:\n");
        string Expected(double fraction) => string.Join(", ", DemoDesign.Analytes.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Name}: {a.TopStandard * fraction:R}")));
        sb.Append("  - { id: QC-low, wells: [C12, D12], expected: { ").Append(Expected(1.2 / 16)).Append(" } }\n");
        sb.Append("  - { id: QC-high, wells: [E12, F12], expected: { ").Append(Expected(1.1 / 4)).Append(" } }\n");
        sb.Append("plates:\n");
        foreach (var (plate, ids) in plates)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {plate}:\n    samples:\n");
            for (var i = 0; i < ids.Length; i++)
            {
                var col = 3 + i / 4;
                var row = (char)('A' + i % 4 * 2);
                sb.Append(CultureInfo.InvariantCulture, $"      - {{ id: {ids[i]}, wells: [{row}{col}, {(char)(row + 1)}{col}], dilution: {DemoDesign.Dilution} }}\n");
            }
        }
        sb.Append("qc: { recoveryMinPercent: 80, recoveryMaxPercent: 120, maxCvPercent: 20, minStandardsPassingPercent: 75 }\n");
        return sb.ToString();
    }

    /// <summary>The study spec the demo analyses with.</summary>
    public static string SpecYaml(int seed) => string.Create(CultureInfo.InvariantCulture, $$"""
        # SYNTHETIC demo spec (ferrum study demo)
        title: "NDEV iron proteins in women with iron-deficiency anemia with and without RLS (synthetic demo)"
        synthetic: true
        note: "SYNTHETIC: simulated subjects and plate reads following the design of Manolopoulos et al., Ann Neurol 2024 (doi:10.1002/ana.26941): 71 women with iron-deficiency anemia, 36 with RLS and 35 without. The simulation follows the paper's abstract, which reports higher NDEV ferritin and lower NDEV transferrin receptor in RLS; the popular article that started this project says the opposite for ferritin (lower ferritin, higher transferrin), and the demo follows the paper. NDEV ferroportin and serum ferritin are simulated without a group difference, so any difference in them here is sampling variation. No number here is the paper's."
        id: id
        group: { column: rls, case: {{DemoDesign.CaseLabel}}, control: {{DemoDesign.ControlLabel}} }
        biomarkers: [ndev_ferritin, ndev_tfr, ndev_ferroportin, serum_ferritin]
        severity: irls
        covariates: [age, hemoglobin]
        categorical: [postmenopausal]
        table1Variables: [age, postmenopausal, hemoglobin, serum_ferritin, tsat, irls, cd81]
        nonNormal: [serum_ferritin, irls]
        variables:
          age: { label: Age, unit: years }
          postmenopausal: { label: Postmenopausal, type: categorical }
          hemoglobin: { label: Hemoglobin, unit: g/dL }
          serum_ferritin: { label: Serum ferritin, unit: ng/mL }
          tsat: { label: Transferrin saturation, unit: "%" }
          irls: { label: IRLS total score, unit: 0-40 }
          cd81: { label: CD81 (EV marker), unit: ng/mL }
          ndev_ferritin: { label: NDEV ferritin }
          ndev_tfr: { label: NDEV transferrin receptor }
          ndev_ferroportin: { label: NDEV ferroportin }
        normalisation: { method: ev-marker, column: cd81, apply: [ndev_ferritin, ndev_tfr, ndev_ferroportin], log: none }
        table1: tableone
        multiplicity: holm
        oddsRatioScale: sd
        rocComparisons: [[ndev_ferritin, serum_ferritin], [ndev_tfr, serum_ferritin], [ndev_ferritin, ndev_tfr]]
        seed: {{seed}}

        """);
}
