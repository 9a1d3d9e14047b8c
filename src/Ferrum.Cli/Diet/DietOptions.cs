using System.CommandLine;
using Ferrum.Core.Errors;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Requirements;

namespace Ferrum.Cli.Diet;

/// <summary>Options shared by <c>diet analyze</c> and <c>diet plan</c>.</summary>
internal sealed class DietOptions
{
    public Option<string?> Sex { get; } = new("--sex") { Description = "female or male." };
    public Option<double?> Age { get; } = new("--age") { Description = "Age in years." };
    public Option<string> PatternOption { get; } = new("--pattern") { Description = "omnivore, pescatarian, vegetarian or vegan.", DefaultValueFactory = _ => "omnivore" };
    public Option<bool> Pregnant { get; } = new("--pregnant") { Description = "Pregnant." };
    public Option<bool> Lactating { get; } = new("--lactating") { Description = "Breast-feeding." };
    public Option<double?> Ferritin { get; } = new("--ferritin") { Description = "Serum ferritin, µg/L (default 15, an iron-deficient reference)." };
    public Option<double?> Target { get; } = new("--target") { Description = "Clinician-set absorbed-iron target, mg/day (overrides the IOM-derived target)." };
    public Option<string> Format { get; } = new("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
    public Option<string?> Store { get; } = new("--db") { Description = "Database with the imported foods: sqlite:PATH (default: ferrum.db in the user's data folder) or postgres:CONNSTRING." };
    public Option<double> Kcal { get; } = new("--kcal") { Description = "Energy budget, kcal/day.", DefaultValueFactory = _ => 2000 };
    public Option<int> Meals { get; } = new("--meals") { Description = "Meals per day.", DefaultValueFactory = _ => 3 };
    public Option<int> Days { get; } = new("--days") { Description = "Days to plan (7 for a week).", DefaultValueFactory = _ => 1 };
    public Option<int> MaxFoods { get; } = new("--max-foods") { Description = "Most foods per meal.", DefaultValueFactory = _ => 5 };
    public Option<int> MinGroups { get; } = new("--min-groups") { Description = "Fewest food groups per day.", DefaultValueFactory = _ => 4 };
    public Option<string?> Exclude { get; } = new("--exclude") { Description = "Comma-separated food ids or words to leave out." };
    public Option<FileInfo?> Usual { get; } = new("--usual") { Description = "Meals JSON of a usual day; the plan stays close to it." };

    public void AddTo(Command c, bool plan)
    {
        Format.AcceptOnlyFromAmong("text", "json");
        PatternOption.AcceptOnlyFromAmong("omnivore", "pescatarian", "vegetarian", "vegan");
        Sex.AcceptOnlyFromAmong("female", "male");
        foreach (var o in new Option[] { Sex, Age, PatternOption, Pregnant, Lactating, Ferritin, Target, Format, Store }) c.Options.Add(o);
        if (plan) foreach (var o in new Option[] { Kcal, Meals, Days, MaxFoods, MinGroups, Exclude, Usual }) c.Options.Add(o);
    }

    public DietPattern Pattern(ParseResult pr) => Enum.Parse<DietPattern>(pr.GetValue(PatternOption) ?? "omnivore", ignoreCase: true);

    public IronRequirement Requirement(ParseResult pr, DietPattern pattern)
    {
        if (pr.GetValue(Sex) is null || pr.GetValue(Age) is not { } age)
            throw new InputErrorException(new InputError("person.missing", "the requirement needs --sex and --age") { Field = "sex/age", Accepted = "--sex female|male --age 1-120" });
        var sex = pr.GetValue(Sex) == "male" ? Nutrition.Requirements.Sex.Male : Nutrition.Requirements.Sex.Female;
        return IronRequirements.For(new LifeStage(sex, age, pr.GetValue(Pregnant), pr.GetValue(Lactating)), pattern, pr.GetValue(Target));
    }
}
