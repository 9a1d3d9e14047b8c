using Ferrum.Core.Errors;
using Ferrum.Storage.CareUnits;
using Ferrum.Storage.Patients;
using Ferrum.Web.Security;
using Ferrum.Web.Validation;
using Microsoft.AspNetCore.Components.Authorization;

namespace Ferrum.Web.Ui;

/// <summary>
/// Runs one storage operation in its own DI scope (a fresh DbContext) as the signed-in user with that user's care-unit
/// entitlements (read afresh for each operation), so a long-lived Blazor circuit never shares a context between
/// concurrent events and a removed membership takes effect at the next click.
/// </summary>
internal sealed class UiData(IServiceScopeFactory scopes, AuthenticationStateProvider auth, TimeProvider clock)
{
    public async Task<T> RunAsync<TRepository, T>(Func<TRepository, PatientAccess, Task<T>> operation) where TRepository : notnull
    {
        ArgumentNullException.ThrowIfNull(operation);
        var state = await auth.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var access = await Entitlements.ForAsync(state.User, scope.ServiceProvider.GetRequiredService<CareUnitStore>(), default);
        return await operation(scope.ServiceProvider.GetRequiredService<TRepository>(), access);
    }

    /// <summary>The care units the user may put a new patient in (all for admins), by name.</summary>
    public async Task<IReadOnlyList<CareUnitView>> UnitsForNewPatientsAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<CareUnitStore>();
        var access = await Entitlements.ForAsync(state.User, units, default);
        return [.. (await units.ListAsync(default)).Where(u => access.Allows(u.Id))];
    }

    /// <summary>Creates a patient in the unit the form names (or the user's only unit); the input error when there is no unit to use.</summary>
    public async Task<(PatientView? Patient, InputError? Error)> CreatePatientAsync(PatientInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var state = await auth.GetAuthenticationStateAsync();
        await using var scope = scopes.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<CareUnitStore>();
        var access = await Entitlements.ForAsync(state.User, units, default);
        var (unit, error) = await CareUnitChoice.ForNewPatientAsync(input.CareUnitId, access, units, default);
        if (error is not null) return (null, error);
        return (await scope.ServiceProvider.GetRequiredService<PatientRepository>().CreateAsync(input.ToDraft(), unit!.Value, access, default), null);
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
