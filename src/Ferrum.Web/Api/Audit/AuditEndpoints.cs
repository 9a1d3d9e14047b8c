using Ferrum.Storage.Audit;
using Ferrum.Storage.Paging;
using Ferrum.Web.Api.Common;
using Ferrum.Web.Security;

namespace Ferrum.Web.Api.Audit;

/// <summary><c>/api/audit</c>: who read or changed which record, newest first (admin only).</summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", List).WithTags("Audit").RequireAuthorization(FerrumSchemes.AdminPolicy)
            .WithSummary("The audit log, newest first (paged; optional patientId filter)");
        return api;
    }

    private static async Task<IResult> List(Guid? patientId, int? page, int? pageSize, AuditLog audit, CancellationToken ct)
    {
        var result = await audit.ListAsync(PageRequest.Of(page, pageSize), patientId, ct);
        return TypedResults.Ok(PageDto<AuditView>.From(result, a => a with { At = DateTime.SpecifyKind(a.At, DateTimeKind.Utc) }));
    }
}
