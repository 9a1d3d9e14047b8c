using Ferrum.Fhir.Terminology;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.Input;

/// <summary>Reads answers to Ferrum's own Questionnaires (IRLSSG criteria, IRLS item scores).</summary>
internal static class QuestionnaireMapper
{
    private static readonly HashSet<string> CriteriaItems = new(StringComparer.Ordinal)
    {
        "urge-to-move", "worse-at-rest", "relief-by-movement", "worse-evening-night",
        "not-explained-by-other-condition", "clinically-significant", "episodes-per-week", "months-with-symptoms", "lifetime-episodes",
    };

    /// <summary>Whether <paramref name="canonical"/> (optionally with <c>|version</c>) names one of Ferrum's Questionnaires.</summary>
    public static bool IsFerrumQuestionnaire(string? canonical)
    {
        if (canonical is null) return false;
        var bar = canonical.IndexOf('|', StringComparison.Ordinal);
        var url = bar >= 0 ? canonical[..bar] : canonical;
        return url is CodeSystems.CriteriaQuestionnaire or CodeSystems.IrlsQuestionnaire;
    }

    /// <summary>Whether <paramref name="linkId"/> is an item of Ferrum's questionnaires.</summary>
    public static bool IsKnownItem(string linkId) => CriteriaItems.Contains(linkId) || IrlsIndex(linkId) is not null;

    /// <summary>The zero-based IRLS item index of <c>irls-1</c> … <c>irls-10</c>, else null.</summary>
    public static int? IrlsIndex(string linkId) =>
        linkId.StartsWith("irls-", StringComparison.Ordinal) && int.TryParse(linkId.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10
            ? n - 1 : null;

    /// <summary>Adds the answers of <paramref name="qr"/> to <paramref name="record"/>; other questionnaires are reported and skipped.</summary>
    public static void Add(PatientRecord record, QuestionnaireResponse qr)
    {
        var id = qr.Id ?? "(no id)";
        if (!IsFerrumQuestionnaire(qr.Questionnaire))
        {
            record.Issues.Add(new MappingIssue("QuestionnaireResponse", id, "questionnaire.unknown",
                $"questionnaire '{qr.Questionnaire}' is not one of Ferrum's; accepted: {CodeSystems.CriteriaQuestionnaire}, {CodeSystems.IrlsQuestionnaire}"));
            return;
        }
        if (qr.Status is QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError or QuestionnaireResponse.QuestionnaireResponseStatus.Stopped) return;
        AddItems(record, id, qr.Item);
    }

    private static void AddItems(PatientRecord record, string id, List<QuestionnaireResponse.ItemComponent> items)
    {
        foreach (var item in items)
        {
            AddItems(record, id, item.Item);
            if (item.LinkId is null || item.Answer.Count == 0) continue;
            if (!IsKnownItem(item.LinkId))
            {
                record.Issues.Add(new MappingIssue("QuestionnaireResponse", id, "questionnaire.item-unknown", $"item '{item.LinkId}' is not in Ferrum's questionnaires; ignored"));
                continue;
            }
            var fact = item.Answer[0].Value switch
            {
                FhirBoolean b when b.Value is { } v => new AnswerFact(id, item.LinkId, v, null),
                Integer i when i.Value is { } v => new AnswerFact(id, item.LinkId, null, v),
                FhirDecimal d when d.Value is { } v => new AnswerFact(id, item.LinkId, null, (double)v),
                Coding c when c.Code is "Y" or "N" or "true" or "false" => new AnswerFact(id, item.LinkId, c.Code is "Y" or "true", null),
                _ => null,
            };
            if (fact is null)
                record.Issues.Add(new MappingIssue("QuestionnaireResponse", id, "questionnaire.answer-type",
                    $"item '{item.LinkId}' answer is not a boolean, integer or decimal; ignored"));
            else record.Answers.Add(fact);
        }
    }
}
