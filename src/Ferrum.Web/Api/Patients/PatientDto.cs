using Ferrum.Storage.Patients;

namespace Ferrum.Web.Api.Patients;

/// <summary>A patient's record as the API returns it; <c>version</c> is also sent as the ETag.</summary>
internal sealed record PatientDto(Guid Id, string DisplayName, DateOnly? BirthDate, string Sex, IReadOnlyList<string> Medications, long Version, DateTime CreatedAt, DateTime UpdatedAt, Guid CareUnitId)
{
    public static PatientDto From(PatientView p) => new(p.Id, p.DisplayName, p.BirthDate, p.Sex, p.Medications, p.Version, p.CreatedAt, p.UpdatedAt, p.CareUnitId);
}

/// <summary>A patient in a list.</summary>
internal sealed record PatientListDto(Guid Id, string DisplayName, DateOnly? BirthDate, string Sex, DateTime UpdatedAt, Guid CareUnitId)
{
    public static PatientListDto From(PatientListItem p) => new(p.Id, p.DisplayName, p.BirthDate, p.Sex, DateTime.SpecifyKind(p.UpdatedAt, DateTimeKind.Utc), p.CareUnitId);
}
