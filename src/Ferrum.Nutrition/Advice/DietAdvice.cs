using Ferrum.Core.Provenance;

namespace Ferrum.Nutrition.Advice;

/// <summary>One suggestion with the absorbed-iron change the model computes for it.</summary>
/// <param name="Kind">"vitamin-c-pairing", "separate-inhibitor" or "separate-calcium".</param>
/// <param name="Meal">Meal the suggestion concerns.</param>
/// <param name="Text">Wording for people (never prescriptive).</param>
/// <param name="GainMg">Change in estimated absorbed iron, mg/day; <c>null</c> when the model has no sourced coefficient for it.</param>
/// <param name="Citations">Sources behind the computation.</param>
public sealed record DietAdvice(string Kind, string Meal, string Text, double? GainMg, IReadOnlyList<Citation> Citations);
