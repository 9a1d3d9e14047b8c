using Ferrum.Web.Api.Admin;
using Ferrum.Web.Api.Assessments;
using Ferrum.Web.Api.Audit;
using Ferrum.Web.Api.Diet;
using Ferrum.Web.Api.Labs;
using Ferrum.Web.Api.Patients;
using Ferrum.Web.Api.Studies;

namespace Ferrum.Web.Api;

/// <summary>Maps every area of the JSON API under <c>/api</c>; each area registers itself with one <c>MapXxxApi</c> call.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapFerrumApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPatientsApi();
        api.MapLabsApi();
        api.MapAssessmentsApi();
        api.MapStudiesApi();
        api.MapDietApi();
        api.MapFoodsApi();
        api.MapAuditApi();
        api.MapAdminApi();
        return app;
    }
}
