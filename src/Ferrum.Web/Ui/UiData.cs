using Ferrum.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Ferrum.Web.Ui;

/// <summary>
/// Runs one storage operation in its own DI scope (a fresh DbContext) as the signed-in user, so a long-lived
/// Blazor circuit never shares a context between concurrent events.
/// </summary>
internal sealed class UiData(IServiceScopeFactory scopes, AuthenticationStateProvider auth, TimeProvider clock)
{
    public async Task<T> RunAsync<TRepository, T>(Func<TRepository, string, Task<T>> operation) where TRepository : notnull
    {
        ArgumentNullException.ThrowIfNull(operation);
        var state = await auth.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<TRepository>(), Actor.Of(state.User));
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
