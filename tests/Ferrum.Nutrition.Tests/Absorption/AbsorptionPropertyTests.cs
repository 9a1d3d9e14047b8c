using CsCheck;
using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;

namespace Ferrum.Nutrition.Tests.Absorption;

public sealed class AbsorptionPropertyTests
{
    private static readonly Gen<(double Iron, double VitC, double More, double Ferritin, bool Tea)> Meals =
        Gen.Select(Gen.Double[0, 20], Gen.Double[0, 200], Gen.Double[0, 200], Gen.Double[1, 300], Gen.Bool);

    [Fact]
    public void More_vitamin_c_never_lowers_absorbed_non_heme_iron() =>
        Meals.Sample(t =>
        {
            var model = new AbsorptionModel(t.Ferritin);
            var grain = AbsorptionModelTests.Synthetic("grain", "grain", iron: t.Iron);
            var tea = FoodTable.Default.Find("tea-black-brewed")!;
            var c1 = AbsorptionModelTests.Synthetic("c", "fruit", iron: 0, vitC: t.VitC);
            var c2 = AbsorptionModelTests.Synthetic("c", "fruit", iron: 0, vitC: t.VitC + t.More);
            (Food, double)[] Items(Food c) => t.Tea ? [(grain, 100), (c, 100), (tea, 240)] : [(grain, 100), (c, 100)];
            return model.Evaluate(Items(c2)).AbsorbedNonHemeMg >= model.Evaluate(Items(c1)).AbsorbedNonHemeMg;
        });

    [Fact]
    public void Adding_an_inhibiting_drink_never_raises_absorbed_iron() =>
        Meals.Sample(t =>
        {
            var model = new AbsorptionModel(t.Ferritin);
            var grain = AbsorptionModelTests.Synthetic("grain", "grain", iron: t.Iron);
            var c = AbsorptionModelTests.Synthetic("c", "fruit", iron: 0, vitC: t.VitC);
            var tea = AbsorptionModelTests.Synthetic("tea", FoodGroup.PolyphenolBeverage, iron: 0);
            return model.Evaluate([(grain, 100), (c, 100), (tea, 240)]).AbsorbedIronMg <= model.Evaluate([(grain, 100), (c, 100)]).AbsorbedIronMg;
        });

    [Fact]
    public void Lower_ferritin_never_lowers_non_heme_absorption() =>
        Gen.Select(Gen.Double[1, 500], Gen.Double[1, 500], Gen.Int[-1, 1]).Sample((a, b, m) =>
            new AbsorptionModel(Math.Min(a, b)).NonHemeAbsorption(m) >= new AbsorptionModel(Math.Max(a, b)).NonHemeAbsorption(m));

    [Fact]
    public void Absorbed_iron_never_exceeds_iron_eaten() =>
        Meals.Sample(t =>
        {
            var model = new AbsorptionModel(t.Ferritin);
            var meat = AbsorptionModelTests.Synthetic("meat", FoodGroup.Meat, iron: t.Iron);
            var m = model.Evaluate([(meat, t.VitC)]);
            return m.AbsorbedIronMg <= m.IronMg + 1e-12 && m.AbsorbedIronMg >= 0;
        });

    [Fact]
    public void Enhancers_and_inhibitors_never_change_absorbed_heme_iron() =>
        Meals.Sample(t =>
        {
            var model = new AbsorptionModel(t.Ferritin);
            var meat = AbsorptionModelTests.Synthetic("meat", FoodGroup.Meat, iron: t.Iron);
            var c = AbsorptionModelTests.Synthetic("c", "fruit", iron: 0, vitC: t.VitC + t.More);
            var tea = AbsorptionModelTests.Synthetic("tea", FoodGroup.PolyphenolBeverage, iron: 0);
            var plain = model.Evaluate([(meat, 20)]).AbsorbedHemeMg;
            (Food, double)[] withBoth = t.Tea ? [(meat, 20), (c, 100), (tea, 240)] : [(meat, 20), (c, 100)];
            return model.Evaluate(withBoth).AbsorbedHemeMg == plain;
        });
}
