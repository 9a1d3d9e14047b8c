using Microsoft.AspNetCore.Identity;

namespace Ferrum.Storage.Model;

/// <summary>A user account (ASP.NET Core Identity; passwords are stored hashed by Identity's password hasher).</summary>
internal sealed class FerrumUser : IdentityUser
{
    public DateTime CreatedAt { get; set; }
}
