namespace Ferrum.Storage.Model;

/// <summary>A user's membership of a care unit: it entitles the user to that unit's patients.</summary>
internal sealed class CareUnitMemberEntity
{
    public Guid CareUnitId { get; set; }
    public string UserId { get; set; } = "";
}
