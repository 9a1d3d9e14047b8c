namespace Ferrum.Fhir.Bulk;

/// <summary>What assessing one patient of a bulk run produced.</summary>
/// <param name="Ndjson">FHIR resources as NDJSON lines (UTF-8, newline-terminated); empty when none.</param>
/// <param name="Row">The summary.csv row.</param>
/// <param name="Therapy">The RLS iron-therapy category, or <c>not-assessed</c>.</param>
/// <param name="Anemia"><c>anemia</c>, <c>no-anemia</c>, <c>unknown</c> or <c>not-assessed</c>.</param>
internal sealed record PatientOutcome(byte[] Ndjson, SummaryRow Row, string Therapy, string Anemia);
