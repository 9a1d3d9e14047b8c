using Ferrum.BadInput.Tests.Support;

namespace Ferrum.BadInput.Tests;

/// <summary>The corpus itself: big enough, every door present, every entry documented and pointing at real files.</summary>
public sealed class CorpusShapeTests
{
    [Fact]
    public void Corpus_has_at_least_300_entries_across_every_door()
    {
        Assert.True(Corpus.All.Count >= 300, $"only {Corpus.All.Count} entries");
        var doors = Corpus.All.Select(c => c.Door).ToHashSet();
        foreach (var door in new[] { "cli:assess", "cli:assess --fhir", "cli:assess --bulk", "cli:study analyze", "cli:study elisa",
                     "cli:diet analyze", "cli:foods import-sr", "cli:foods import-fdc", "cli:labs import", "cli:args", "api" })
            Assert.Contains(door, doors);
    }

    [Fact]
    public void Every_lab_import_case_runs_against_a_filled_database_and_checks_it()
    {
        var labs = Corpus.All.Where(c => c.Door == "cli:labs import").ToList();
        Assert.True(labs.Count(c => c.Exit == 2) >= 15, $"only {labs.Count(c => c.Exit == 2)} rejected lab imports");
        Assert.All(labs, c => Assert.True(c.Before is { Length: > 0 } && c.Database is not null, c.Id));
    }

    [Fact]
    public void Every_entry_has_a_unique_id_a_purpose_and_an_expectation()
    {
        Assert.Equal(Corpus.All.Count, Corpus.All.Select(c => c.Id).Distinct().Count());
        foreach (var c in Corpus.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Checks), c.Id);
            Assert.True(c.IsApi ? c.Status is { Length: > 0 } : c.Args is { Length: > 0 }, c.Id);
        }
    }
}
