namespace Ferrum.Clinical.Assessment;

/// <summary>Anemia and iron status (<c>$.iron</c>); null members were not decidable from the data.</summary>
/// <param name="Anemia">Hemoglobin below the applicable WHO threshold.</param>
/// <param name="HemoglobinThresholdGPerL">The applicable WHO threshold after elevation and smoking adjustment, g/L.</param>
/// <param name="IronDeficiency">Iron-deficiency status.</param>
/// <param name="FerritinUgPerL">Ferritin, µg/L.</param>
/// <param name="TsatPercent">Transferrin saturation, % (measured or computed from iron and TIBC).</param>
/// <param name="Inflammation">CRP ≥ 5 mg/L.</param>
public sealed record IronAssessment(
    bool? Anemia,
    double? HemoglobinThresholdGPerL,
    IronDeficiencyStatus IronDeficiency,
    double? FerritinUgPerL,
    double? TsatPercent,
    bool? Inflammation)
{
    /// <summary>Measured hemoglobin, g/L.</summary>
    public double? HemoglobinGPerL { get; init; }

    /// <summary>Hemoglobin after subtracting the elevation and smoking adjustments, g/L.</summary>
    public double? AdjustedHemoglobinGPerL { get; init; }

    /// <summary>Total adjustment subtracted from measured hemoglobin (elevation + smoking), g/L.</summary>
    public double? HemoglobinAdjustmentGPerL { get; init; }

    /// <summary>WHO 2024 severity band when anemic.</summary>
    public AnemiaSeverity? AnemiaSeverity { get; init; }

    /// <summary>The WHO 2020 ferritin threshold applied, µg/L.</summary>
    public double? FerritinThresholdUgPerL { get; init; }

    /// <summary>Ferritin above the WHO 2020 limit for risk of iron overload (5 years and older).</summary>
    public bool? IronOverloadRisk { get; init; }

    /// <summary>Whether TSAT was measured or computed from serum iron and TIBC.</summary>
    public string? TsatSource { get; init; }

    /// <summary>CRP, mg/L.</summary>
    public double? CrpMgPerL { get; init; }

    /// <summary>MCV, fL.</summary>
    public double? McvFl { get; init; }

    /// <summary>MCV below 80 fL in an adult.</summary>
    public bool? Microcytosis { get; init; }
}
