using Ferrum.Nutrition.Absorption;
using Ferrum.Nutrition.Advice;
using Ferrum.Nutrition.Meals;
using Ferrum.Nutrition.Planning;
using Ferrum.Nutrition.Requirements;

namespace Ferrum.Nutrition.Reports;

/// <summary>
/// Everything <c>ferrum diet analyze|plan</c>, <c>/api/diet</c> and the web Diet page show: analysed days, the
/// absorbed-iron requirement (when a person was given), the absorption model, advice and, for plans, the planner's result.
/// </summary>
/// <param name="Days">One report per day, with per-meal absorption.</param>
/// <param name="Requirement">The person's requirement; <c>null</c> when an analysis was run without sex and age.</param>
/// <param name="Model">The absorption model used (carries serum ferritin).</param>
/// <param name="Advice">Advice for every day's meals, with citations.</param>
/// <param name="Plan">The planner's result for plans; <c>null</c> for analyses.</param>
public sealed record DietReport(IReadOnlyList<DayReport> Days, IronRequirement? Requirement, AbsorptionModel Model,
    IReadOnlyList<DietAdvice> Advice, PlanResult? Plan);
