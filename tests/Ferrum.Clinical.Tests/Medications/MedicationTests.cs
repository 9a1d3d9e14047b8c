using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Medications;
using Ferrum.Clinical.Tests.Support;

namespace Ferrum.Clinical.Tests.Medications;

public sealed class MedicationTests
{
    [Theory]
    [InlineData("sertraline", "sertraline", "SSRI")]
    [InlineData("ZOLOFT", "sertraline", "SSRI")]
    [InlineData("Remeron 15 mg at night", "mirtazapine", "tetracyclic antidepressant")]
    [InlineData("Benadryl", "diphenhydramine", "sedating antihistamine")]
    [InlineData("reglan", "metoclopramide", "antiemetic (dopamine antagonist)")]
    [InlineData("Compazine", "prochlorperazine", "antiemetic (dopamine antagonist)")]
    [InlineData("Seroquel XR", "quetiapine", "antipsychotic (dopamine antagonist)")]
    [InlineData("Cymbalta", "duloxetine", "SNRI")]
    [InlineData("amitriptyline", "amitriptyline", "tricyclic antidepressant")]
    [InlineData("Lithium carbonate", "lithium", "mood stabiliser (lithium)")]
    [InlineData("carbidopa-levodopa", "levodopa", "dopaminergic")]
    [InlineData("Chlor-Trimeton", "chlorpheniramine", "sedating antihistamine")]
    public void Generic_and_brand_names_match_case_insensitively(string text, string generic, string cls)
    {
        var entry = DrugCatalog.Match(text);
        Assert.NotNull(entry);
        Assert.Equal(generic, entry.Generic);
        Assert.Equal(cls, entry.Class);
    }

    [Theory]
    [InlineData("gabapentin")]
    [InlineData("cetirizine")]
    [InlineData("Wellbutrin XL")]
    [InlineData("")]
    public void Non_aggravating_drugs_are_not_flagged(string text) => Assert.Null(DrugCatalog.Match(text));

    [Fact]
    public void Dopaminergic_drugs_carry_the_augmentation_flag_and_bupropion_is_noted_as_neutral()
    {
        var input = new AssessmentInput(Build.Adult(), null, null, [], ["pramipexole", "bupropion", "Zoloft"]);
        var result = AssessmentEngine.Assess(input, Build.Today);
        Assert.Equal(2, result.AggravatingMedications.Count);
        Assert.True(result.AggravatingMedications[0].Augmentation);
        Assert.False(result.AggravatingMedications[1].Augmentation);
        Assert.Contains(result.Findings, f => f.Id == "medications.bupropion-neutral");
    }
}
