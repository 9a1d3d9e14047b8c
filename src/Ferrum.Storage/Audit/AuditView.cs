namespace Ferrum.Storage.Audit;

/// <summary>One audit-log row as shown to an admin.</summary>
internal sealed record AuditView(long Id, DateTime At, string Actor, string Action, string ResourceType, Guid? PatientId, string? ResourceId);
