using System.Reflection;
using Ferrum.Clinical;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Iron;
using Ferrum.Clinical.Json;
using Ferrum.Clinical.Medications;
using Ferrum.Clinical.Rules;

namespace Ferrum.Architecture.Tests;

/// <summary>Every clinical rule carries a citation, is in the catalog, and every finding cites a catalogued rule.</summary>
public sealed class CitationTests
{
    [Fact]
    public void Every_rule_has_a_source_and_locator_and_a_unique_id()
    {
        Assert.NotEmpty(RuleCatalog.All);
        Assert.All(RuleCatalog.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Citation.Source), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Citation.Locator), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Statement), r.Id);
            if (r.Threshold is not null) Assert.False(string.IsNullOrWhiteSpace(r.Unit), r.Id + " threshold without unit");
        });
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_rule_declared_in_the_engine_is_in_the_catalog()
    {
        var catalog = RuleCatalog.All.ToHashSet();
        var declared = typeof(AssessmentEngine).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(ClinicalRule))
            .Select(p => ((ClinicalRule)p.GetValue(null)!, p.DeclaringType!.Name + "." + p.Name))
            .Concat(WhoHemoglobinCutoffs.All.Select(c => (c.Rule, "WhoHemoglobinCutoffs." + c.Group)))
            .Concat(DrugCatalog.All.Select(d => (d.Rule, "DrugCatalog." + d.Generic)));
        var missing = declared.Where(d => !catalog.Contains(d.Item1)).Select(d => d.Item2).ToList();
        Assert.True(missing.Count == 0, "not in RuleCatalog.All: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_finding_on_every_sample_cites_a_catalogued_rule()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Ferrum.slnx"))) root = root.Parent!;
        var ids = RuleCatalog.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(root.FullName, "samples", "patients"), "*.json");
        Assert.True(files.Length >= 10);
        foreach (var file in files)
        {
            using var s = File.OpenRead(file);
            var result = AssessmentEngine.Assess(AssessmentInputReader.Read(s).GetInputOrThrow(), new DateOnly(2026, 11, 24));
            Assert.All(result.Findings, f =>
            {
                Assert.NotEmpty(f.Citations);
                Assert.Contains(f.Id, ids);
            });
            Assert.All(result.Workup, w => Assert.NotEmpty(w.Citations));
            Assert.Equal(RuleCatalog.RuleSetId, result.RuleSet);
        }
    }
}
