using Ferrum.Core.Provenance;
using Ferrum.Statistics.DoseResponse;

namespace Ferrum.Study.Demo;

/// <summary>One simulated ELISA analyte: its true curve and standard series (in-well concentrations).</summary>
internal sealed record DemoAnalyte(string Name, string Label, string Unit, LogLogisticParameters Curve, double TopStandard, string Format);

/// <summary>
/// The design the synthetic demo follows: 36 women with iron-deficiency anemia and RLS and 35 without, NDEV ferritin
/// higher and NDEV transferrin receptor lower in RLS, as the abstract of Manolopoulos et al. (2024) reports.
/// Effect sizes, distributions and assay curves are invented for illustration; they are not the paper's data.
/// </summary>
internal static class DemoDesign
{
    public static readonly Citation Paper = new("Manolopoulos et al. 2024", "Abstract (study design and direction of findings)")
    {
        Reference = "Manolopoulos A, York W, Pucha KA, Earley CJ, Kapogiannis D. Brain Iron Dysregulation in Iron Deficiency Anemia-Related Restless Leg Syndrome Revealed by Neuron-Derived Extracellular Vesicles: A Case–Control Study. Ann Neurol. 2024. doi:10.1002/ana.26941",
        Url = new Uri("https://doi.org/10.1002/ana.26941"),
        Note = "Only the design (71 women with IDA, 36 with RLS, 35 without) and the direction of the NDEV ferritin and TfR differences come from the abstract; every number in the demo is simulated.",
    };

    public const int Cases = 36;
    public const int Controls = 35;
    public const int DefaultSeed = 2;
    public const string CaseLabel = "RLS";
    public const string ControlLabel = "non-RLS";

    /// <summary>Dilution of every sample before plating.</summary>
    public const double Dilution = 2;

    /// <summary>Mean ratio of case to control NDEV content per vesicle (higher ferritin, lower TfR, no ferroportin difference).</summary>
    public const double FerritinRatio = 1.5, TfrRatio = 0.7, FerroportinRatio = 1.0;

    public static readonly DemoAnalyte[] Analytes =
    [
        new("ndev_ferritin", "NDEV ferritin", "ng/mL", new LogLogisticParameters(-1.1, 0.06, 2.9, 4.0), 16, "grid"),
        new("ndev_tfr", "NDEV transferrin receptor", "ng/mL", new LogLogisticParameters(-1.0, 0.05, 3.1, 12.0), 40, "grid"),
        new("ndev_ferroportin", "NDEV ferroportin", "ng/mL", new LogLogisticParameters(-1.2, 0.07, 2.6, 5.0), 16, "long"),
        new("cd81", "CD81 (EV marker)", "ng/mL", new LogLogisticParameters(-0.95, 0.05, 3.2, 25.0), 80, "grid"),
    ];

    /// <summary>Signal of blank wells, replicate CV and additive noise SD of the simulated reader.</summary>
    public const double Blank = 0.045, SignalCv = 0.04, SignalSd = 0.004;

    /// <summary>Seven two-fold dilutions from the top standard, then a zero standard.</summary>
    public static double[] Standards(double top) => [.. Enumerable.Range(0, 7).Select(i => top / Math.Pow(2, i)), 0];
}
