using Ferrum.Core.Errors;
using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Foods;
using Ferrum.Nutrition.Requirements;

namespace Ferrum.Web.Api.Diet;

/// <summary>
/// Who eats, as <c>/api/diet</c> receives it (query string for analyze, JSON body for plan): the same fields as the CLI's
/// <c>--sex --age --pattern --pregnant --lactating --ferritin --target</c>. <paramref name="Prefix"/> is how errors locate a
/// field: <c>$.</c> for a JSON body, <c>?</c> for the query string.
/// </summary>
internal sealed record DietPerson(string? Sex, double? Age, string? Pattern, bool Pregnant, bool Lactating, double? Ferritin, double? Target, string Prefix)
{
    private static readonly string[] Patterns = ["omnivore", "pescatarian", "vegetarian", "vegan"];

    /// <summary>The diet pattern; omnivore when none is given, as in the CLI.</summary>
    public DietPattern ParsePattern()
    {
        var p = Pattern ?? "omnivore";
        if (!Patterns.Contains(p, StringComparer.Ordinal))
            throw Error("pattern.unknown", "unknown diet pattern", "pattern", p, string.Join(", ", Patterns));
        return Enum.Parse<DietPattern>(p, ignoreCase: true);
    }

    /// <summary>The absorption model for <see cref="Ferritin"/> (iron-deficient reference when none is given).</summary>
    public AbsorptionModel Model() => Located(() => new AbsorptionModel(Ferritin));

    /// <summary>The requirement; sex and age are required.</summary>
    public IronRequirement Requirement(DietPattern pattern)
    {
        if (Sex is null) throw Error("person.missing", "sex is required for a target", "sex", null, "female or male");
        if (Sex is not ("female" or "male")) throw Error("sex.unknown", "unknown sex", "sex", Sex, "female or male");
        if (Age is not { } age) throw Error("person.missing", "age is required for a target", "age", null, "1 to 120 years");
        var sex = Sex == "male" ? Nutrition.Requirements.Sex.Male : Nutrition.Requirements.Sex.Female;
        return Located(() => IronRequirements.For(new LifeStage(sex, age, Pregnant, Lactating), pattern, Target));
    }

    /// <summary>Runs engine code, giving its field errors a location in this request.</summary>
    public T Located<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (InputErrorException ex)
        {
            throw new InputErrorException([.. ex.Errors.Select(e => e.Location is null && e.Field is { } f ? e with { Location = Prefix + Camel(f) } : e)]);
        }
    }

    private InputErrorException Error(string code, string message, string field, string? value, string accepted) =>
        new(new InputError(code, message) { Location = Prefix + field, Field = field, Value = value, Accepted = accepted });

    /// <summary>The engine names fields as the CLI options (<c>max-foods</c>); the API's JSON uses camelCase.</summary>
    private static string Camel(string field)
    {
        var parts = field.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
