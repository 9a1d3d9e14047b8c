using System.Text;
using System.Text.Json;
using Ferrum.Statistics.Common;
using Ferrum.Study.Pipeline;

namespace Ferrum.Study.Reports;

/// <summary>Writes <c>results.json</c>: the DESIGN.md fields per biomarker and per adjusted-model term, plain JSON numbers at full precision (null when not computable).</summary>
public static class ResultsJson
{
    /// <summary>The JSON document for <paramref name="result"/>.</summary>
    public static string Write(StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            var spec = result.Spec;
            w.WriteStartObject();
            w.WriteString("title", spec.Title);
            w.WriteBoolean("synthetic", spec.Synthetic);
            if (spec.Note is not null) w.WriteString("note", spec.Note);
            w.WriteStartObject("group");
            w.WriteString("column", spec.Group.Column);
            w.WriteString("case", spec.Group.Case);
            w.WriteString("control", spec.Group.Control);
            w.WriteEndObject();
            w.WriteNumber("nSubjects", result.Subjects);
            w.WriteNumber("nCase", result.Cases);
            w.WriteNumber("nControl", result.Controls);
            w.WriteNumber("nGroupMissing", result.GroupMissing);
            w.WriteString("multiplicity", spec.Multiplicity);
            w.WriteNumber("confidenceLevel", spec.ConfidenceLevel);
            w.WriteNumber("seed", spec.Seed);
            w.WriteStartArray("biomarkers");
            foreach (var b in result.Biomarkers) Biomarker(w, b);
            w.WriteEndArray();
            w.WriteStartArray("aucComparisons");
            foreach (var c in result.AucComparisons)
            {
                w.WriteStartObject();
                w.WriteString("first", c.First);
                w.WriteString("second", c.Second);
                w.WriteNumber("n", c.N);
                Number(w, "aucFirst", c.AucFirst);
                Number(w, "aucSecond", c.AucSecond);
                Number(w, "z", c.Test.Statistic);
                Number(w, "p", c.Test.PValue);
                w.WriteString("method", c.Test.Method);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("adjustedModel");
            foreach (var m in result.Models)
                foreach (var t in m.Terms)
                {
                    w.WriteStartObject();
                    w.WriteString("biomarker", m.Biomarker);
                    w.WriteNumber("n", m.N);
                    w.WriteString("term", t.Term);
                    Number(w, "estimate", t.Estimate);
                    Number(w, "stdError", t.StdError);
                    Number(w, "z", t.Z);
                    Number(w, "p", t.P);
                    Number(w, "oddsRatio", t.OddsRatio);
                    Number(w, "orCiLower", t.OrCiLower);
                    Number(w, "orCiUpper", t.OrCiUpper);
                    w.WriteEndObject();
                }
            w.WriteEndArray();
            w.WriteStartArray("notes");
            foreach (var n in result.Notes) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void Biomarker(Utf8JsonWriter w, BiomarkerResult b)
    {
        w.WriteStartObject();
        w.WriteString("biomarker", b.Biomarker);
        w.WriteString("label", b.Label);
        w.WriteNumber("nCase", b.Cases.N);
        w.WriteNumber("nControl", b.Controls.N);
        Number(w, "auc", b.Auc);
        Number(w, "aucCiLower", b.AucCi.Lower);
        Number(w, "aucCiUpper", b.AucCi.Upper);
        w.WriteString("direction", b.Direction);
        Number(w, "youdenThreshold", b.YoudenThreshold);
        Number(w, "sensitivity", b.Sensitivity);
        Number(w, "specificity", b.Specificity);
        Number(w, "wilcoxonW", b.Wilcoxon.Statistic);
        Number(w, "wilcoxonP", b.Wilcoxon.PValue);
        Number(w, "hodgesLehmann", Estimate(b.Wilcoxon));
        Number(w, "hodgesLehmannCiLower", b.Wilcoxon.ConfidenceInterval?.Lower ?? double.NaN);
        Number(w, "hodgesLehmannCiUpper", b.Wilcoxon.ConfidenceInterval?.Upper ?? double.NaN);
        Number(w, "welchT", b.Welch.Statistic);
        Number(w, "welchDf", b.Welch.Parameters.TryGetValue("df", out var df) ? df : double.NaN);
        Number(w, "welchP", b.Welch.PValue);
        Number(w, "meanDifferenceCiLower", b.Welch.ConfidenceInterval?.Lower ?? double.NaN);
        Number(w, "meanDifferenceCiUpper", b.Welch.ConfidenceInterval?.Upper ?? double.NaN);
        Number(w, "pAdjusted", b.PAdjusted);
        Number(w, "smd", b.Smd.Estimate);
        Number(w, "rankBiserial", b.RankBiserial.Estimate);
        Number(w, "spearmanRho", b.Spearman?.Estimates.Values.FirstOrDefault() ?? double.NaN);
        Number(w, "spearmanP", b.Spearman?.PValue ?? double.NaN);
        w.WriteNumber("spearmanN", b.SpearmanN);
        foreach (var (name, g) in new[] { ("case", b.Cases), ("control", b.Controls) })
        {
            w.WriteStartObject(name);
            w.WriteNumber("n", g.N);
            w.WriteNumber("missing", g.Missing);
            Number(w, "mean", g.Mean);
            Number(w, "sd", g.Sd);
            Number(w, "median", g.Median);
            Number(w, "q1", g.Q1);
            Number(w, "q3", g.Q3);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static double Estimate(HypothesisTest t) => t.Estimates.Count > 0 ? t.Estimates.Values.First() : double.NaN;

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }
}
