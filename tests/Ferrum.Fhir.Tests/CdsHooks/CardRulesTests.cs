using Ferrum.Fhir.CdsHooks;

namespace Ferrum.Fhir.Tests.CdsHooks;

public sealed class CardRulesTests
{
    [Fact]
    public void Every_card_rule_states_its_source_locator_and_a_caveat_when_unconfirmed()
    {
        Assert.All(CardRules.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Citation.Source), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Citation.Locator), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Citation.Note), r.Id);
            Assert.DoesNotContain("you should", r.Statement, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("ferrous sulfate 325 MG Oral Tablet", null, true)]
    [InlineData("Ferric maltol 30 mg capsule", "oral", true)]
    [InlineData("iron sucrose 100 MG/5ML injection", null, false)]
    [InlineData("ferric carboxymaltose 750 MG", null, false)]
    [InlineData("ferrous gluconate", "intravenous", false)]
    [InlineData("lisinopril 10 MG", null, false)]
    public void Oral_iron_is_told_apart_from_iv_iron(string name, string? route, bool oral) =>
        Assert.Equal(oral, IronProducts.IsOral(name, route));
}
