using Ferrum.Nutrition.Meals;

namespace Ferrum.Nutrition.Planning;

/// <summary>A plan, or the explanation of why none exists.</summary>
public sealed record PlanResult
{
    /// <summary>True when every day met every constraint (checked with the exact model).</summary>
    public required bool Feasible { get; init; }
    /// <summary>The planned days (empty when infeasible).</summary>
    public required IReadOnlyList<IReadOnlyList<Meal>> Days { get; init; }
    /// <summary>Solve → exact recompute iterations of each day.</summary>
    public required IReadOnlyList<IReadOnlyList<PlanIteration>> Iterations { get; init; }
    /// <summary>When infeasible: which constraint binds and what would make the request feasible.</summary>
    public IReadOnlyList<string> Explanation { get; init; } = [];
    /// <summary>Stable code of the binding constraint when infeasible ("absorbed-iron-target", "energy-and-macronutrients", …).</summary>
    public string? BindingConstraint { get; init; }
}

/// <summary>One solve of the fixed-point loop: the linear estimate the solver saw and the exact model's value.</summary>
/// <param name="Iteration">1-based.</param>
/// <param name="LinearAbsorbedMg">Absorbed iron as linearised in the solve, mg.</param>
/// <param name="ExactAbsorbedMg">Absorbed iron of the same plan by the exact model, mg.</param>
/// <param name="Modifiers">Collings modifier assumed per meal in this solve.</param>
public sealed record PlanIteration(int Iteration, double LinearAbsorbedMg, double ExactAbsorbedMg, IReadOnlyList<int> Modifiers);
