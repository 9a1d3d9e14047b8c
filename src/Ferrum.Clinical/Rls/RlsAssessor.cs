using System.Globalization;
using Ferrum.Clinical.Assessment;

namespace Ferrum.Clinical.Rls;

/// <summary>Applies the IRLSSG 2012 criteria, course and significance specifiers, mimic hints and IRLS scoring.</summary>
internal static class RlsAssessor
{
    public static RlsAssessment Assess(RlsSymptoms? rls, IReadOnlyList<int>? irls, FindingsBuilder f)
    {
        var s = rls ?? new RlsSymptoms();
        CriterionResult[] criteria =
        [
            new("urge-to-move", s.UrgeToMove),
            new("worse-at-rest", s.WorseAtRest),
            new("relief-by-movement", s.ReliefByMovement),
            new("worse-evening-or-night", s.WorseEveningOrNight),
            new("not-explained-by-other-condition", s.NotExplainedByOtherCondition),
        ];
        var status = criteria.Any(c => c.Met == false) ? RlsStatus.NotMet
            : criteria.Any(c => c.Met is null) ? RlsStatus.Indeterminate : RlsStatus.Met;
        switch (status)
        {
            case RlsStatus.Met:
                f.Add(RlsRules.AllEssentialCriteria, "All five IRLSSG essential criteria are met: the answers are consistent with RLS.");
                break;
            case RlsStatus.NotMet:
                f.Add(RlsRules.AllEssentialCriteria, "Not all IRLSSG essential criteria are met (" +
                    string.Join(", ", criteria.Where(c => c.Met == false).Select(c => c.Id)) + "): the answers do not meet the RLS criteria.");
                break;
            default:
                f.Needs("RLS diagnosis", "answers to " + string.Join(", ", criteria.Where(c => c.Met is null).Select(c => c.Id)));
                break;
        }

        var course = status == RlsStatus.Met ? Course(s, f) : null;
        if (status == RlsStatus.Met && s.ClinicallySignificant is { } sig)
            f.Add(RlsRules.ClinicalSignificance, sig
                ? "Symptoms are reported as clinically significant (distress or impairment)."
                : "Symptoms are reported as not clinically significant.");

        var mimics = Mimics(s);
        if (mimics.Count > 0)
            f.Add(RlsRules.Mimics, "Consider conditions that can mimic RLS: " + string.Join("; ", mimics) + ".");

        int? total = null;
        IrlsSeverity? band = null;
        IReadOnlyList<IrlsItemScore> items = [];
        if (irls is { Count: IrlsScale.ItemCount })
        {
            items = IrlsScale.Items(irls);
            total = irls.Sum();
            band = IrlsScale.Band(total.Value);
            f.Add(RlsRules.IrlsBands, string.Create(CultureInfo.InvariantCulture,
                $"IRLS total {total} of 40: {Words(band.Value)} symptoms."));
        }
        else if (status != RlsStatus.NotMet) f.Needs("RLS severity", "the ten IRLS item scores");

        return new RlsAssessment(status, criteria, course, total, band)
        { ClinicallySignificant = s.ClinicallySignificant, MimicHints = mimics, IrlsItems = items };
    }

    private static RlsCourse? Course(RlsSymptoms s, FindingsBuilder f)
    {
        if (s.EpisodesPerWeek is not { } perWeek)
        {
            f.Needs("RLS course", "average episodes per week over the past year");
            return null;
        }
        if (perWeek >= RlsRules.ChronicPersistent.Threshold)
        {
            f.Add(RlsRules.ChronicPersistent, string.Create(CultureInfo.InvariantCulture,
                $"Course: chronic-persistent ({perWeek:0.#} episodes a week on average, at least 2)."));
            if (s.MonthsWithSymptoms is < 12)
                f.Add(RlsRules.ChronicPersistent, "Symptoms have lasted less than a year; the course specifier refers to the past year.");
            return RlsCourse.ChronicPersistent;
        }
        if (s.LifetimeEpisodes is not { } lifetime)
        {
            f.Needs("RLS course", "the number of lifetime episodes (intermittent course needs at least 5)");
            return null;
        }
        if (lifetime >= RlsRules.Intermittent.Threshold)
        {
            f.Add(RlsRules.Intermittent, string.Create(CultureInfo.InvariantCulture,
                $"Course: intermittent (fewer than 2 episodes a week, {lifetime} lifetime events)."));
            return RlsCourse.Intermittent;
        }
        f.Add(RlsRules.Intermittent, "Fewer than 5 lifetime events: neither course specifier applies yet.");
        return null;
    }

    private static List<string> Mimics(RlsSymptoms s)
    {
        var list = new List<string>();
        if (s.CrampsReliefByStretching == true) list.Add("leg cramps (relieved by stretching rather than walking)");
        if (s.PositionalDiscomfort == true) list.Add("positional discomfort (relieved by changing position, not by movement)");
        if (s.NeuropathicPainNotRelievedByMovement == true) list.Add("peripheral neuropathy (pain not relieved by movement)");
        if (s.VenousStasis == true) list.Add("venous stasis or leg oedema");
        if (s.Arthritis == true) list.Add("arthritis or joint pain");
        if (s.NotExplainedByOtherCondition == false) list.Add("the other condition reported to explain the symptoms");
        return list;
    }

    internal static string Words(IrlsSeverity band) => band switch
    {
        IrlsSeverity.None => "no",
        IrlsSeverity.Mild => "mild",
        IrlsSeverity.Moderate => "moderate",
        IrlsSeverity.Severe => "severe",
        _ => "very severe",
    };
}
