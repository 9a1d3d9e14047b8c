namespace Ferrum.Storage.Model;

/// <summary>One audit-log row: who read or changed which record, when. Never holds lab values or names.</summary>
internal sealed class AuditEntryEntity
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string ResourceType { get; set; } = "";
    public Guid? PatientId { get; set; }
    public string? ResourceId { get; set; }
}
