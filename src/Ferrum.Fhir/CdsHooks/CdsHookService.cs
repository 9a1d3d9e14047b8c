using System.Text.Json;
using Ferrum.Core.Errors;
using Ferrum.Fhir.Input;
using Hl7.Fhir.Model;

namespace Ferrum.Fhir.CdsHooks;

/// <summary>
/// Ferrum's CDS Hooks 2.0 service logic, independent of the web host: validates the request, gathers FHIR data from
/// prefetch or the EHR's FHIR server, assesses the patient with the clinical engine and returns cards.
/// </summary>
public static class CdsHookService
{
    /// <summary>Error code for data the service could not obtain (answer 412).</summary>
    public const string DataUnavailableCode = "cds.data-unavailable";
    /// <summary>Error code for an unknown service id (answer 404).</summary>
    public const string UnknownServiceCode = "cds.unknown-service";

    /// <summary>Handles one call to <c>/cds-services/{serviceId}</c>.</summary>
    /// <param name="serviceId">The service id from the URL.</param>
    /// <param name="request">The parsed request body.</param>
    /// <param name="http">Client for the EHR's FHIR server when prefetch is incomplete.</param>
    /// <param name="asOf">The date of the assessment (ages, lab staleness).</param>
    /// <param name="assessmentLink">Makes the link to the full assessment in the Ferrum app, or returns null for none.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InputErrorException">A bad request (<see cref="UnknownServiceCode"/>, <see cref="DataUnavailableCode"/> or a validation code).</exception>
    public static async Task<CdsResponse> HandleAsync(string serviceId, CdsRequest request, HttpClient http, DateOnly asOf,
        Func<FhirPatientAssessment, Uri?>? assessmentLink, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var service = CdsServiceCatalog.Discovery.Services.FirstOrDefault(s => s.Id == serviceId)
            ?? throw Bad(UnknownServiceCode, $"no CDS service '{serviceId}'", "id", serviceId, string.Join(", ", CdsServiceCatalog.Discovery.Services.Select(s => s.Id)));
        if (request.Hook != service.Hook)
            throw Bad("cds.hook-mismatch", $"service '{serviceId}' answers the {service.Hook} hook", "hook", request.Hook, service.Hook);
        var patientId = request.ContextString("patientId")
            ?? throw Bad("cds.context-patient", "context.patientId is required", "context.patientId", null, "the FHIR id of the patient in context");

        var (resources, issues) = await PrefetchResolver.ResolveAsync(request, service.Prefetch, http, ct).ConfigureAwait(false);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.AddRange(resources.Select(r => new Bundle.EntryComponent { Resource = r }));
        var (patients, _) = FhirAssessment.Assess(bundle, asOf);
        var assessment = patients.FirstOrDefault(p => p.PatientId == patientId)
            ?? throw PrefetchResolver.Unavailable($"no Patient/{patientId} in the prefetch or on the fhirServer", "prefetch.patient");
        assessment = assessment with { Issues = [.. issues, .. assessment.Issues] };
        var links = assessmentLink?.Invoke(assessment) is { } url ? new[] { new CdsLink("Full assessment in Ferrum", url) } : [];

        var cards = service.Hook == "patient-view"
            ? PatientViewCards.For(assessment, links)
            : OrderCards.For(assessment, DraftOrders(request, service.Hook), links);
        return new CdsResponse(cards);
    }

    private static IEnumerable<MedicationRequest> DraftOrders(CdsRequest request, string hook)
    {
        if (request.Context.ValueKind != JsonValueKind.Object || !request.Context.TryGetProperty("draftOrders", out var draft) || draft.ValueKind != JsonValueKind.Object)
            throw Bad("cds.context-draft-orders", $"context.draftOrders (a Bundle) is required for {hook}", "context.draftOrders", null, "a FHIR Bundle of draft orders");
        var (resource, _) = FhirJson.Parse(draft.GetRawText(), "context.draftOrders");
        var orders = resource is Bundle b ? b.Entry.Select(e => e.Resource).OfType<MedicationRequest>().ToList() : resource is MedicationRequest m ? [m] : [];
        if (hook != "order-select" || !request.Context.TryGetProperty("selections", out var sel) || sel.ValueKind != JsonValueKind.Array) return orders;
        var selected = sel.EnumerateArray().Select(s => s.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return orders.Where(o => selected.Contains("MedicationRequest/" + o.Id));
    }

    private static InputErrorException Bad(string code, string message, string field, string? value, string accepted) =>
        new(new InputError(code, message) { Field = field, Value = value, Accepted = accepted });
}
