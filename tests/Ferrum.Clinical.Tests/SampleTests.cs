using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;

namespace Ferrum.Clinical.Tests;

/// <summary>Every bundled sample patient reads cleanly and is assessed as its name says.</summary>
public sealed class SampleTests
{
    private static readonly string Dir = FindSamples();

    private static string FindSamples()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Ferrum.slnx"))) return Path.Combine(d.FullName, "samples", "patients");
        throw new DirectoryNotFoundException("samples/patients");
    }

    public static TheoryData<string, RlsStatus, IronDeficiencyStatus, TherapySuggestion> Expected => new()
    {
        { "rls-iron-deficient-adult.json", RlsStatus.Met, IronDeficiencyStatus.Present, TherapySuggestion.OralOrIvIron },
        { "rls-normal-iron-adult-male.json", RlsStatus.Met, IronDeficiencyStatus.Absent, TherapySuggestion.None },
        { "rls-ferritin-between-75-and-100.json", RlsStatus.Met, IronDeficiencyStatus.Absent, TherapySuggestion.IvIron },
        { "rls-pregnant-third-trimester.json", RlsStatus.Met, IronDeficiencyStatus.Present, TherapySuggestion.OralOrIvIron },
        { "rls-child-9-years.json", RlsStatus.Met, IronDeficiencyStatus.Absent, TherapySuggestion.OralIron },
        { "rls-dialysis-esrd.json", RlsStatus.Met, IronDeficiencyStatus.Possible, TherapySuggestion.IvIron },
        { "rls-inflammation-high-crp.json", RlsStatus.Met, IronDeficiencyStatus.Present, TherapySuggestion.OralOrIvIron },
        { "rls-on-aggravating-drugs.json", RlsStatus.Met, IronDeficiencyStatus.Absent, TherapySuggestion.IvIron },
        { "rls-missing-data.json", RlsStatus.Indeterminate, IronDeficiencyStatus.Unknown, TherapySuggestion.InsufficientData },
        { "not-rls-leg-cramps.json", RlsStatus.NotMet, IronDeficiencyStatus.Absent, TherapySuggestion.None },
        { "rls-smoker-high-altitude.json", RlsStatus.Met, IronDeficiencyStatus.Absent, TherapySuggestion.OralOrIvIron },
        { "rls-intermittent-si-units.json", RlsStatus.Met, IronDeficiencyStatus.Possible, TherapySuggestion.OralOrIvIron },
        { "rls-postmenopausal-iron-deficiency-anemia.json", RlsStatus.Met, IronDeficiencyStatus.Present, TherapySuggestion.OralOrIvIron },
        { "rls-high-tsat-no-iron.json", RlsStatus.Met, IronDeficiencyStatus.Absent, TherapySuggestion.None },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Sample_is_assessed_as_named(string file, RlsStatus rls, IronDeficiencyStatus iron, TherapySuggestion therapy)
    {
        using var stream = File.OpenRead(Path.Combine(Dir, file));
        var read = AssessmentInputReader.Read(stream);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Empty(read.Warnings);
        var result = AssessmentEngine.Assess(read.Input!, new DateOnly(2026, 11, 24));
        Assert.Equal(rls, result.Rls.Status);
        Assert.Equal(iron, result.Iron.IronDeficiency);
        Assert.Equal(therapy, result.Therapy.Recommendation);
        Assert.All(result.Findings, f => Assert.NotEmpty(f.Citations));
    }

    [Fact]
    public void Every_sample_is_listed() =>
        Assert.Equal(Expected.Count, Directory.GetFiles(Dir, "*.json").Length);
}
