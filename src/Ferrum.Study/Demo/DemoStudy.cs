using System.Globalization;
using System.Text;
using Ferrum.Study.Elisa;
using MathNet.Numerics.Distributions;

namespace Ferrum.Study.Demo;

/// <summary>A generated synthetic study: clinical table, plate layout, plate-reader files and study spec, as text files.</summary>
/// <param name="Files">Relative path → content, e.g. "plates/ndev_ferritin_P1.csv".</param>
/// <param name="PlateFiles">The plate files among <paramref name="Files"/>.</param>
public sealed record DemoInputs(IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> PlateFiles);

/// <summary>
/// Generates the synthetic NDEV study (36 RLS vs 35 non-RLS women with IDA) from a seed: subjects, true NDEV
/// concentrations scaled by each subject's EV yield (so CD81 normalisation matters), and simulated plate reads.
/// </summary>
public static class DemoStudy
{
    /// <summary>Generates every input of the demo; the same seed gives the same bytes.</summary>
    public static DemoInputs Generate(int seed)
    {
        var random = new Random(seed);
        var n = DemoDesign.Cases + DemoDesign.Controls;
        var isCase = Enumerable.Range(0, n).Select(i => i < DemoDesign.Cases).OrderBy(_ => random.Next()).ToArray();
        var ids = Enumerable.Range(1, n).Select(i => string.Create(CultureInfo.InvariantCulture, $"S{i:000}")).ToArray();
        double LogNormal(double median, double sdLog) => median * Math.Exp(sdLog * Normal.Sample(random, 0, 1));

        var truth = DemoDesign.Analytes.ToDictionary(a => a.Name, _ => new Dictionary<string, double>(StringComparer.Ordinal));
        var clinical = new StringBuilder("data,id,rls,age,postmenopausal,hemoglobin,serum_ferritin,tsat,irls\n");
        for (var i = 0; i < n; i++)
        {
            var yield = LogNormal(1, 0.25);
            var ferritin = LogNormal(isCase[i] ? DemoDesign.FerritinRatio : 1, 0.35);
            truth["ndev_ferritin"][ids[i]] = 2.0 * ferritin * yield;
            truth["ndev_tfr"][ids[i]] = 6.0 * LogNormal(isCase[i] ? DemoDesign.TfrRatio : 1, 0.35) * yield;
            truth["ndev_ferroportin"][ids[i]] = 3.0 * LogNormal(DemoDesign.FerroportinRatio, 0.35) * yield;
            truth["cd81"][ids[i]] = 12.0 * yield;
            var age = Math.Clamp(Math.Round(Normal.Sample(random, 42, 9)), 19, 70);
            var post = age >= 50 ? random.NextDouble() < 0.7 : random.NextDouble() < 0.05;
            var hb = Math.Round(Normal.Sample(random, 10.4, 0.9), 1);
            var sf = Math.Round(LogNormal(8, 0.5), 1);
            var tsat = Math.Round(Math.Max(2, Normal.Sample(random, 9, 3)), 1);
            // IRLS rises by 3 points per SD of log NDEV ferritin within cases (an invented, moderate association).
            var z = Math.Log(ferritin / DemoDesign.FerritinRatio) / 0.35;
            var irls = isCase[i] ? Math.Clamp(Math.Round(20 + 3 * z + Normal.Sample(random, 0, 5)), 8, 38).ToString(CultureInfo.InvariantCulture) : "";
            clinical.Append(CultureInfo.InvariantCulture, $"SYNTHETIC,{ids[i]},{(isCase[i] ? DemoDesign.CaseLabel : DemoDesign.ControlLabel)},{age},{(post ? "yes" : "no")},{hb},{sf},{tsat},{irls}\n");
        }

        var plates = new[] { ("P1", ids[..36]), ("P2", ids[36..]) };
        var layoutYaml = DemoLayout.Yaml(plates);
        var layout = PlateLayoutReader.Read(new StringReader(layoutYaml), "layout.yaml");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["clinical.csv"] = clinical.ToString(),
            ["layout.yaml"] = layoutYaml,
            ["study.yaml"] = DemoLayout.SpecYaml(seed),
        };
        var plateFiles = new List<string>();
        foreach (var analyte in DemoDesign.Analytes)
        {
            var sim = new PlateSimulator(analyte.Curve, DemoDesign.Blank, DemoDesign.SignalCv, DemoDesign.SignalSd, random);
            var controls = new Dictionary<string, double> { ["QC-low"] = analyte.TopStandard / 16 * 1.2, ["QC-high"] = analyte.TopStandard / 4 * 1.1 };
            foreach (var (plate, _) in plates)
            {
                var read = sim.Read(plate, analyte.Name, layout, truth[analyte.Name], controls);
                if (analyte.Name == "ndev_ferritin" && plate == "P1")
                {
                    // One pipetting error, so the demo shows a "high CV" flag.
                    var sample = layout.SamplesOf(plate)[5];
                    var signals = read.Signals.ToDictionary();
                    signals[sample.Wells[1]] *= 1.45;
                    read = read with { Signals = signals };
                }
                var path = $"plates/{analyte.Name}_{plate}.csv";
                files[path] = analyte.Format == "long" ? PlateText.Long(read) : PlateText.Grid(read);
                plateFiles.Add(path);
            }
        }
        return new DemoInputs(files, plateFiles);
    }
}
