using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Tests.Support;

public sealed class R4ValidatorTests
{
    [Fact]
    public void Validator_reports_an_observation_missing_its_required_status_and_code()
    {
        var errors = R4Validator.Errors(new Observation { Id = "bad" });
        Assert.Contains(errors, e => e.Contains("status", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, e => e.Contains("code", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Validator_reports_a_quantity_unit_code_without_its_system_invariant_qty_3()
    {
        var obs = new Observation
        {
            Status = ObservationStatus.Final,
            Code = new CodeableConcept("http://loinc.org", "2276-4"),
            Value = new Quantity { Value = 42, Code = "ng/mL" },
        };
        Assert.Empty(R4Validator.Errors(WithGoodUnit(obs)));
        Assert.Contains(R4Validator.Errors(obs), e => e.Contains("qty-3", StringComparison.Ordinal));
    }

    private static Observation WithGoodUnit(Observation o)
    {
        var copy = (Observation)o.DeepCopy();
        ((Quantity)copy.Value!).System = "http://unitsofmeasure.org";
        return copy;
    }
}
