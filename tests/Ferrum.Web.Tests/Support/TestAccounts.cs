namespace Ferrum.Web.Tests.Support;

/// <summary>The seeded admin account the security tests sign in with, and the configuration that turns accounts on.</summary>
internal static class TestAccounts
{
    public const string AdminEmail = "admin@clinic.example";
    public const string AdminPassword = "correct horse battery 1";

    /// <summary>Accounts enabled with the seeded admin (a new dictionary each time: callers may add keys).</summary>
    public static Dictionary<string, string?> Config => new()
    {
        ["Ferrum:Auth:Enabled"] = "true",
        ["Ferrum:Auth:AdminEmail"] = AdminEmail,
        ["Ferrum:Auth:AdminPassword"] = AdminPassword,
    };
}
