namespace Ferrum.Storage.Audit;

/// <summary>What was done to a record; stored as these lower-case words.</summary>
internal static class AuditAction
{
    public const string Read = "read";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Search = "search";

    /// <summary>A caller not entitled to the record's care unit asked for it and was told it does not exist.</summary>
    public const string Denied = "denied";
}
