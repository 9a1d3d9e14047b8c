namespace Ferrum.Storage.Import;

/// <summary>
/// One lab result to import: the patient's external key (e.g. a record number), the patient's sex for
/// reference ranges, and the result. Patient key, LOINC code, date, value and unit together are the
/// natural key of the result: importing the same row twice stores it once.
/// </summary>
/// <param name="Line">The source line, for error messages and acknowledgements.</param>
/// <param name="PatientKey">The patient's external key.</param>
/// <param name="Sex"><c>female</c> or <c>male</c>.</param>
/// <param name="Loinc">The LOINC code of the test.</param>
/// <param name="Value">The value as measured.</param>
/// <param name="Unit">The unit as written.</param>
/// <param name="Date">The date the sample was drawn.</param>
public sealed record LabImportRow(long Line, string PatientKey, string Sex, string Loinc, double Value, string Unit, DateOnly Date);
