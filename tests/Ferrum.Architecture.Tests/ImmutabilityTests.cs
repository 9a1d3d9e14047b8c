using System.Reflection;
using System.Runtime.CompilerServices;
using Ferrum.Core.Units;

namespace Ferrum.Architecture.Tests;

/// <summary>Core types are immutable: no public setter other than init, no writable instance field.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Assembly Core = typeof(Quantity).Assembly;

    private static bool IsInitOnly(PropertyInfo p) =>
        p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    [Fact]
    public void Core_public_types_have_no_mutable_state()
    {
        var problems = new List<string>();
        foreach (var type in Core.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic))
        {
            if (type.IsEnum || type.IsInterface) continue;
            const BindingFlags declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            foreach (var p in type.GetProperties(declared))
                if (p.SetMethod is { IsPublic: true } && !IsInitOnly(p)) problems.Add($"{type.Name}.{p.Name} has a public setter");
            foreach (var f in type.GetFields(declared))
                if (!f.IsInitOnly && !f.IsLiteral && !f.Name.Contains("BackingField", StringComparison.Ordinal) && !type.IsEnum)
                    problems.Add($"{type.Name}.{f.Name} is a writable field");
                else if (f.Name.Contains("BackingField", StringComparison.Ordinal) && !f.IsInitOnly)
                    problems.Add($"{type.Name}.{f.Name} is a writable auto-property");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Quantity_is_a_readonly_struct() =>
        Assert.NotNull(typeof(Quantity).GetCustomAttribute<IsReadOnlyAttribute>());
}
