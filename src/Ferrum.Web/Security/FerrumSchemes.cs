namespace Ferrum.Web.Security;

/// <summary>Names of authentication schemes and authorization policies.</summary>
internal static class FerrumSchemes
{
    /// <summary>Chooses local, API key or cookie per request.</summary>
    public const string Selector = "Ferrum";

    /// <summary>Loopback-only mode without accounts: every request is the local user with every role.</summary>
    public const string Local = "Local";

    /// <summary><c>X-Api-Key: fk_…</c> or <c>Authorization: ApiKey fk_…</c>.</summary>
    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    public const string PatientsPolicy = "patients";
    public const string StudiesPolicy = "studies";
    public const string AdminPolicy = "admin";

    /// <summary>Diet analysis and planning (<c>/api/diet</c>, the Diet page): clinician role.</summary>
    public const string DietPolicy = "diet";
}
