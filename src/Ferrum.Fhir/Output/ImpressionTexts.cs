using System.Globalization;
using Ferrum.Clinical.Assessment;
using Ferrum.Clinical.Json;

namespace Ferrum.Fhir.Output;

/// <summary>The finding texts of Ferrum's ClinicalImpression, shared by the per-patient mapper and the bulk writer.</summary>
internal static class ImpressionTexts
{
    public static string RlsStatus(AssessmentResult r) => "RLS diagnostic status (IRLSSG criteria): " + ContractNames.Of(r.Rls.Status);

    public static string IronStatus(AssessmentResult r) => "Iron deficiency: " + ContractNames.Of(r.Iron.IronDeficiency)
        + (r.Iron.FerritinUgPerL is { } f ? string.Create(CultureInfo.InvariantCulture, $"; ferritin {f:0.#} µg/L") : "")
        + (r.Iron.TsatPercent is { } t ? string.Create(CultureInfo.InvariantCulture, $"; TSAT {t:0.#} %") : "");

    public static string Therapy(AssessmentResult r) => "RLS iron-therapy suggestion: " + ContractNames.Of(r.Therapy.Recommendation);

    public static string Anemia(bool anemia) => anemia ? "Anemia present (WHO hemoglobin threshold)" : "No anemia (WHO hemoglobin threshold)";

    /// <summary>SNOMED CT code of the anemia finding (Anemia, disorder).</summary>
    public const string AnemiaSnomed = "271737000";
}
