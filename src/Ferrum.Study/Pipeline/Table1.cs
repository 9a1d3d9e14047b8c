using Ferrum.Study.Specs;

namespace Ferrum.Study.Pipeline;

/// <summary>One row of Table 1: a continuous variable, a categorical variable's header, or one of its levels.</summary>
/// <param name="Variable">Display label of the variable.</param>
/// <param name="Level">Level of a categorical variable; empty for continuous variables and headers.</param>
/// <param name="Cases">Summary among cases, e.g. "12.3 (4.5)" or "20 (55.6%)".</param>
/// <param name="Controls">Summary among controls.</param>
/// <param name="P">p-value of the group comparison (NaN on level rows).</param>
/// <param name="Test">Test used, as R names it.</param>
/// <param name="Smd">Standardised mean difference (tableone style; NaN otherwise or on level rows).</param>
/// <param name="Missing">Subjects (with a group) missing this variable.</param>
public sealed record Table1Row(string Variable, string Level, string Cases, string Controls, double P, string Test, double Smd, int Missing);

/// <summary>Table 1: baseline characteristics by group in the chosen convention.</summary>
/// <param name="Style">tableone or gtsummary.</param>
/// <param name="CaseHeader">Column header for cases, e.g. "RLS (n = 36)".</param>
/// <param name="ControlHeader">Column header for controls.</param>
/// <param name="Rows">Rows in spec order.</param>
/// <param name="Footnote">How the rows are summarised and tested.</param>
public sealed record Table1(Table1Style Style, string CaseHeader, string ControlHeader, IReadOnlyList<Table1Row> Rows, string Footnote);
