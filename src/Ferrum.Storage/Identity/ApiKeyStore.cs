using System.Security.Cryptography;
using System.Text;
using Ferrum.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Ferrum.Storage.Identity;

/// <summary>A user's API key as listed (never the secret).</summary>
internal sealed record ApiKeyView(Guid Id, string UserId, string Name, string Prefix, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>
/// Issues and checks API keys of the form <c>fk_PREFIX_SECRET</c>. Only SHA-256(SECRET) is stored; the
/// secret is 32 random bytes, so a fast hash is enough (no password-style stretching is needed).
/// </summary>
internal sealed class ApiKeyStore(FerrumDbContext db, TimeProvider clock)
{
    private const string Scheme = "fk_";

    /// <summary>Creates a key for <paramref name="userId"/>; the returned plain key is shown once and never stored.</summary>
    public async Task<(ApiKeyView Key, string PlainKey)> CreateAsync(string userId, string name, CancellationToken ct)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new ApiKeyEntity
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            Prefix = prefix,
            SecretHash = SHA256.HashData(Encoding.ASCII.GetBytes(secret)),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (ToView(entity), Scheme + prefix + "_" + secret);
    }

    /// <summary>The user id the key belongs to, or null when the key is malformed, unknown or revoked.</summary>
    public async Task<string?> FindUserAsync(string presented, CancellationToken ct)
    {
        if (!presented.StartsWith(Scheme, StringComparison.Ordinal)) return null;
        var rest = presented.AsSpan(Scheme.Length);
        var sep = rest.IndexOf('_');
        if (sep != 12) return null;
        var prefix = rest[..sep].ToString();
        var secret = rest[(sep + 1)..].ToString();
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix && k.RevokedAt == null, ct).ConfigureAwait(false);
        if (key is null) return null;
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(secret));
        return CryptographicOperations.FixedTimeEquals(hash, key.SecretHash) ? key.UserId : null;
    }

    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(string userId, CancellationToken ct) =>
        [.. (await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).OrderBy(k => k.CreatedAt).ToListAsync(ct).ConfigureAwait(false)).Select(ToView)];

    /// <summary>Revokes a key; false when there is no such active key of that user.</summary>
    public async Task<bool> RevokeAsync(string userId, Guid id, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.UserId == userId && k.RevokedAt == null, ct).ConfigureAwait(false);
        if (key is null) return false;
        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '-');

    private static ApiKeyView ToView(ApiKeyEntity k) => new(k.Id, k.UserId, k.Name, k.Prefix, k.CreatedAt, k.RevokedAt);
}
