using Ferrum.Clinical.Rules;

namespace Ferrum.Clinical.Tests.Docs;

/// <summary>docs/clinical-rules.md must contain the rule table generated from the rule data.</summary>
public sealed class ClinicalRulesDocTests
{
    private const string Marker = "<!-- generated: RuleCatalog.ToMarkdown() -->";

    [Fact]
    public void Docs_match_the_rule_data()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Ferrum.slnx"))) root = root.Parent!;
        var path = Path.Combine(root.FullName, "docs", "clinical-rules.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "marker missing in docs/clinical-rules.md");
        var expected = text[..(at + Marker.Length)] + "\n\n" + RuleCatalog.ToMarkdown();
        if (Environment.GetEnvironmentVariable("FERRUM_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(expected == text, "docs/clinical-rules.md is out of date: run FERRUM_UPDATE_DOCS=1 dotnet test tests/Ferrum.Clinical.Tests");
    }
}
