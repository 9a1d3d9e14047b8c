namespace Ferrum.Web.Security;

/// <summary>Configuration section <c>Ferrum:Auth</c>.</summary>
internal sealed class FerrumAuthOptions
{
    public const string Section = "Ferrum:Auth";

    /// <summary>Sign-in (accounts with hashed passwords) and API keys; required for any non-loopback binding.</summary>
    public bool Enabled { get; set; }

    /// <summary>E-mail of an admin account created on start when no user exists yet.</summary>
    public string? AdminEmail { get; set; }

    /// <summary>Password of that first admin (pass it through the environment, never a committed file).</summary>
    public string? AdminPassword { get; set; }
}
