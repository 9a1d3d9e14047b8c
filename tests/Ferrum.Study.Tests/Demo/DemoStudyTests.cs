using System.Globalization;
using Ferrum.Study.Demo;
using Ferrum.Study.Elisa;
using Ferrum.Study.Runs;
using Ferrum.Study.Tests.Support;

namespace Ferrum.Study.Tests.Demo;

public sealed class DemoStudyTests
{
    private static readonly Lazy<(ElisaResult Elisa, Ferrum.Study.Pipeline.StudyResult Study, IReadOnlyList<Ferrum.Study.Reports.ReportFile> Files)> Run = new(() => DemoRun.Run());

    [Fact]
    public void Same_seed_gives_the_same_inputs_and_another_seed_does_not()
    {
        var a = DemoStudy.Generate(7);
        var b = DemoStudy.Generate(7);
        var c = DemoStudy.Generate(8);
        Assert.Equal(a.Files, b.Files);
        Assert.NotEqual(a.Files["plates/ndev_ferritin_P1.csv"], c.Files["plates/ndev_ferritin_P1.csv"]);
    }

    [Fact]
    public void Demo_has_the_paper_design_36_RLS_and_35_non_RLS()
    {
        var study = Run.Value.Study;
        Assert.Equal((36, 35, 71), (study.Cases, study.Controls, study.Subjects));
        Assert.True(study.Spec.Synthetic);
        Assert.Equal(8, Run.Value.Elisa.Plates.Count);
    }

    [Fact]
    public void Demo_follows_the_paper_higher_NDEV_ferritin_and_lower_TfR_in_RLS()
    {
        var b = Run.Value.Study.Biomarkers.ToDictionary(x => x.Biomarker);
        Assert.True(b["ndev_ferritin"].Cases.Median > b["ndev_ferritin"].Controls.Median);
        Assert.Equal("<", b["ndev_ferritin"].Direction);
        Assert.True(b["ndev_tfr"].Cases.Median < b["ndev_tfr"].Controls.Median);
        Assert.Equal(">", b["ndev_tfr"].Direction);
    }

    [Fact]
    public void Committed_samples_are_the_demo_inputs_of_the_default_seed()
    {
        var inputs = DemoStudy.Generate(DemoRun.DefaultSeed);
        foreach (var name in new[] { "layout.yaml", "study.yaml", "clinical.csv", "plates/ndev_tfr_P2.csv" })
            Assert.Equal(inputs.Files[name], File.ReadAllText(Path.Combine(Samples.RepoRoot, "samples/study", name)).ReplaceLineEndings("\n"));
        var data = Run.Value.Files.Single(f => f.Path == "study-data.csv").Content;
        Assert.Equal(File.ReadAllBytes(Path.Combine(Samples.RepoRoot, "samples/study/study-data.csv")), data);
    }

    [Fact]
    public void Simulated_plates_recover_concentrations_within_assay_noise()
    {
        var elisa = Run.Value.Elisa;
        Assert.All(elisa.Plates, p => Assert.True(p.Qc.Pass, string.Join("; ", p.Qc.Problems)));
        var flagged = elisa.Samples.Where(s => s.Flags.Count > 0).ToList();
        Assert.Contains(flagged, s => s.Flags.Contains(ElisaFlags.HighCv));
        Assert.True(flagged.Count <= 5, string.Join(", ", flagged.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.SampleId}/{s.Analyte}: {string.Join(' ', s.Flags)}"))));
    }
}
