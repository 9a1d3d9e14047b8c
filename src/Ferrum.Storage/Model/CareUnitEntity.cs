namespace Ferrum.Storage.Model;

/// <summary>A care unit (clinic, ward, practice): every patient belongs to one, and users see the patients of the units they are members of.</summary>
internal sealed class CareUnitEntity
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
