namespace Ferrum.Fhir.Bulk;

/// <summary>What assessing one patient of a bulk run produced besides its FHIR lines.</summary>
/// <param name="Row">The summary.csv row.</param>
/// <param name="Therapy">The RLS iron-therapy category, or <c>not-assessed</c>.</param>
/// <param name="Anemia"><c>anemia</c>, <c>no-anemia</c>, <c>unknown</c> or <c>not-assessed</c>.</param>
internal readonly record struct PatientOutcome(SummaryRow Row, string Therapy, string Anemia);
