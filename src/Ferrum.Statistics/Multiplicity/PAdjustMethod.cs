namespace Ferrum.Statistics.Multiplicity;

/// <summary>Multiple-comparison adjustments, as R's <c>p.adjust.methods</c>.</summary>
public enum PAdjustMethod
{
    /// <summary><c>"holm"</c>: Holm (1979) step-down, R's default.</summary>
    Holm = 0,

    /// <summary><c>"hochberg"</c>: Hochberg (1988) step-up.</summary>
    Hochberg,

    /// <summary><c>"hommel"</c>: Hommel (1988).</summary>
    Hommel,

    /// <summary><c>"bonferroni"</c>.</summary>
    Bonferroni,

    /// <summary><c>"BH"</c> (alias <c>"fdr"</c>): Benjamini &amp; Hochberg (1995) false discovery rate.</summary>
    BenjaminiHochberg,

    /// <summary><c>"BY"</c>: Benjamini &amp; Yekutieli (2001) false discovery rate under dependence.</summary>
    BenjaminiYekutieli,

    /// <summary><c>"none"</c>.</summary>
    None,
}
