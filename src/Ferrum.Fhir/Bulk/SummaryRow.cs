namespace Ferrum.Fhir.Bulk;

/// <summary>One row of <c>summary.csv</c>: a patient's key inputs and results.</summary>
[CsvHelper.CsvRecord]
public sealed partial record SummaryRow
{
    /// <summary>The Patient id.</summary>
    public required string PatientId { get; init; }
    /// <summary>Whether the engine assessed the patient.</summary>
    public bool Assessed { get; init; }
    /// <summary>Age in whole years at the assessment date.</summary>
    public int? AgeYears { get; init; }
    /// <summary>female or male.</summary>
    public string? Sex { get; init; }
    /// <summary>met, not-met or indeterminate.</summary>
    public string? RlsStatus { get; init; }
    /// <summary>IRLS total 0-40.</summary>
    public int? IrlsTotal { get; init; }
    /// <summary>Latest ferritin, µg/L.</summary>
    public double? FerritinUgPerL { get; init; }
    /// <summary>Latest transferrin saturation, %.</summary>
    public double? TsatPercent { get; init; }
    /// <summary>Latest hemoglobin, g/L.</summary>
    public double? HemoglobinGPerL { get; init; }
    /// <summary>anemia, no-anemia or unknown.</summary>
    public string? Anemia { get; init; }
    /// <summary>absent, present, possible or unknown.</summary>
    public string? IronDeficiency { get; init; }
    /// <summary>RLS iron-therapy category (contract name) or not-assessed.</summary>
    public required string Therapy { get; init; }
    /// <summary>Aggravating drugs, separated by "; ".</summary>
    public string? AggravatingMedications { get; init; }
    /// <summary>Number of mapping issues for this patient.</summary>
    public int Issues { get; init; }
    /// <summary>The first issue, for a quick look.</summary>
    public string? FirstIssue { get; init; }
}
