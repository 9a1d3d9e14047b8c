namespace Ferrum.Web.Api.Common;

/// <summary>Small helpers shared by the API endpoints.</summary>
internal static class ApiContext
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
