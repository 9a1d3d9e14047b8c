using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Tests.Support;
using Ferrum.Core.Patients;

namespace Ferrum.Clinical.Tests.Workup;

public sealed class WorkupTests
{
    private static IReadOnlyList<WorkupItem> Workup(PatientContext p, History? h = null) =>
        AssessmentEngine.Assess(new AssessmentInput(p, null, null, [Build.Ferritin(8), Build.Hb(100)], []) { History = h }, Build.Today).Workup;

    [Fact]
    public void Men_with_iron_deficiency_anemia_get_bidirectional_endoscopy_celiac_and_h_pylori()
    {
        var items = Workup(PatientContext.Create(60, Sex.Male));
        Assert.Equal(["gi-evaluation", "celiac-serology", "h-pylori"], items.Select(i => i.Id));
        Assert.Contains("recommends", items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Premenopausal_women_get_the_suggestion_and_a_menstrual_history_question()
    {
        var items = Workup(PatientContext.Create(35, Sex.Female, postmenopausal: false), new History { Diet = "vegan", BariatricSurgery = true });
        Assert.Equal(["gi-evaluation", "celiac-serology", "h-pylori", "heavy-menstrual-bleeding", "bariatric-surgery", "diet"], items.Select(i => i.Id));
        Assert.Contains("suggests", items[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pregnancy_is_named_instead_of_endoscopy() =>
        Assert.Equal("pregnancy", Workup(PatientContext.Create(30, Sex.Female, trimester: 2))[0].Id);

    [Fact]
    public void No_workup_without_iron_deficiency() =>
        Assert.Empty(AssessmentEngine.Assess(AssessmentInput.Of(Build.Adult(), Build.Ferritin(90), Build.Tsat(30)), Build.Today).Workup);
}
