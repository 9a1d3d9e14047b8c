using Ferrum.Fhir.Definitions;
using Ferrum.Fhir.Input;
using Ferrum.Fhir.Terminology;
using Ferrum.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Tests.Definitions;

public sealed class DefinitionsTests
{
    public static TheoryData<string> Files => new(FerrumDefinitions.FileNames);

    [Theory]
    [MemberData(nameof(Files))]
    public void Shipped_definition_parses_without_issues_and_validates_against_R4(string file)
    {
        var (resource, issues) = FhirJson.Parse(FerrumDefinitions.Json(file), file);
        Assert.Empty(issues);
        Assert.Empty(R4Validator.Errors(resource));
    }

    [Fact]
    public void Every_questionnaire_item_is_a_code_of_the_ferrum_code_system()
    {
        var codes = FerrumDefinitions.All.OfType<CodeSystem>().Single().Concept.Select(c => c.Code).ToHashSet();
        var items = FerrumDefinitions.All.OfType<Questionnaire>().SelectMany(q => q.Item).ToList();
        Assert.Equal(19, items.Count);
        Assert.All(items, i => Assert.Contains(i.LinkId, codes));
        Assert.All(items, i => Assert.Equal(CodeSystems.FerrumRls, i.Code.Single().System));
    }

    [Fact]
    public void Irls_questionnaire_carries_short_labels_not_the_licensed_wording()
    {
        var irls = FerrumDefinitions.All.OfType<Questionnaire>().Single(q => q.Url == CodeSystems.IrlsQuestionnaire);
        Assert.Equal(10, irls.Item.Count);
        // Short topic labels: no question marks and under 50 characters, so no item wording is reproduced.
        Assert.All(irls.Item, i => Assert.True(i.Text!.Length < 50 && !i.Text.Contains('?'), i.Text));
    }

    [Fact]
    public void Definitions_in_repo_match_the_embedded_copies()
    {
        foreach (var f in FerrumDefinitions.FileNames)
            Assert.Equal(File.ReadAllText(Path.Combine(FerrumProcessless.RepoRoot, "src/Ferrum.Fhir/Definitions", f)), FerrumDefinitions.Json(f));
    }
}
