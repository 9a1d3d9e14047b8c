namespace Ferrum.Storage.Model;

/// <summary>The three roles of Ferrum and what each may do.</summary>
internal static class FerrumRoles
{
    /// <summary>Reads and changes patients, labs and assessments.</summary>
    public const string Clinician = "clinician";

    /// <summary>Runs studies; no access to patient records.</summary>
    public const string Researcher = "researcher";

    /// <summary>Manages users and API keys and reads the audit log.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Clinician, Researcher, Admin];
}
