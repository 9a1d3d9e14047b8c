namespace Ferrum.Storage.Model;

/// <summary>An API key of a user: only a SHA-256 hash of the secret is stored; the prefix finds the row.</summary>
internal sealed class ApiKeyEntity
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public byte[] SecretHash { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
