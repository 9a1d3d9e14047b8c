namespace Ferrum.Study.Specs;

/// <summary>How Table 1 summarises variables, after the R packages whose conventions it follows.</summary>
public enum Table1Style
{
    /// <summary>tableone: mean (SD) for continuous variables (median [IQR] for those listed as non-normal), n (%) for categorical; t-test / chi-square p; standardised mean differences.</summary>
    TableOne = 0,

    /// <summary>gtsummary: median (Q1, Q3) for continuous variables, n (%) for categorical; Wilcoxon rank-sum / chi-square or Fisher p.</summary>
    GtSummary,
}
