using Ferrum.Fhir.Terminology;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>Ferrum's CDS Hooks services and their prefetch templates.</summary>
public static class CdsServiceCatalog
{
    /// <summary>Service id of the patient-view service.</summary>
    public const string PatientViewId = "ferrum-rls-iron-patient-view";
    /// <summary>Service id of the order-select service.</summary>
    public const string OrderSelectId = "ferrum-rls-order-select";
    /// <summary>Service id of the order-sign service.</summary>
    public const string OrderSignId = "ferrum-rls-order-sign";

    /// <summary>Prefetch templates shared by all services: the patient, iron-related labs by LOINC, active medications, conditions and Ferrum questionnaire answers.</summary>
    public static IReadOnlyDictionary<string, string> Prefetch { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["patient"] = "Patient/{{context.patientId}}",
        ["labs"] = "Observation?patient={{context.patientId}}&code=" + string.Join(",", LabCodes.All.Select(c => CodeSystems.Loinc + "|" + c)) + "&_sort=-date&_count=200",
        ["medicationRequests"] = "MedicationRequest?patient={{context.patientId}}&status=active",
        ["medicationStatements"] = "MedicationStatement?patient={{context.patientId}}&status=active",
        ["conditions"] = "Condition?patient={{context.patientId}}&clinical-status=active",
        ["questionnaireResponses"] = "QuestionnaireResponse?patient={{context.patientId}}&questionnaire=" + CodeSystems.CriteriaQuestionnaire + "," + CodeSystems.IrlsQuestionnaire,
    };

    private const string Usage = "Read access to Patient, Observation, MedicationRequest, MedicationStatement, Condition and QuestionnaireResponse for the patient in context.";

    /// <summary>The discovery document.</summary>
    public static CdsDiscovery Discovery { get; } = new(
    [
        new CdsServiceDescriptor
        {
            Hook = "patient-view", Id = PatientViewId, Title = "Ferrum: RLS and iron status",
            Description = "On opening a chart: RLS criteria, IRLS severity, iron status against the RLS iron-therapy thresholds (AASM 2024, IRLSSG 2018), anemia (WHO 2024) and RLS-aggravating medications.",
            Prefetch = Prefetch, UsageRequirements = Usage,
        },
        new CdsServiceDescriptor
        {
            Hook = "order-select", Id = OrderSelectId, Title = "Ferrum: RLS-aware medication ordering",
            Description = "When a drug is selected: augmentation risk of dopaminergic drugs for RLS, RLS-aggravating drugs for a patient with RLS (with alternatives), oral iron dosing.",
            Prefetch = Prefetch, UsageRequirements = Usage,
        },
        new CdsServiceDescriptor
        {
            Hook = "order-sign", Id = OrderSignId, Title = "Ferrum: RLS-aware medication signing",
            Description = "Before orders are signed: the same checks as order-select on every draft medication order.",
            Prefetch = Prefetch, UsageRequirements = Usage,
        },
    ]);
}
