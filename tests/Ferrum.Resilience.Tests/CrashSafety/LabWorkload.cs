using System.Globalization;

namespace Ferrum.Resilience.Tests.CrashSafety;

/// <summary>A seeded synthetic lab-result CSV: 20 results per patient, every row with a distinct natural key.</summary>
internal sealed class LabWorkload
{
    // Values in tenths, within each analyte's plausible range (the import refuses implausible values, e.g. Hb below 1 g/dL).
    private static readonly (string Loinc, string Unit, int Min, int Max)[] Tests =
        [("2276-4", "ng/mL", 1, 5000), ("718-7", "g/dL", 30, 200), ("2502-3", "%", 1, 1000), ("1988-5", "mg/L", 1, 3000)];

    private LabWorkload(string path, IReadOnlyList<string> keys) => (Path, Keys) = (path, keys);

    public string Path { get; }

    /// <summary>The natural key of each data row, in file order (patient|loinc|date|value|unit).</summary>
    public IReadOnlyList<string> Keys { get; }

    public static LabWorkload Write(string path, int rows, int seed)
    {
        var rng = new Random(seed);
        var keys = new List<string>(rows);
        using var w = new StreamWriter(path);
        w.WriteLine("patient,sex,loinc,value,unit,date");
        for (var i = 0; i < rows; i++)
        {
            var patient = string.Create(CultureInfo.InvariantCulture, $"P{i / 20:D6}");
            var sex = (i / 20) % 2 == 0 ? "female" : "male";
            var (loinc, unit, min, max) = Tests[i % Tests.Length];
            var date = new DateOnly(2020, 1, 1).AddDays(i % 20);
            var value = rng.Next(min, max) / 10.0;
            var valueText = value.ToString("R", CultureInfo.InvariantCulture);
            w.WriteLine(string.Join(',', patient, sex, loinc, valueText, unit, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            keys.Add(Key(patient, loinc, date, value, unit));
        }
        return new LabWorkload(path, keys);
    }

    public static string Key(string patient, string loinc, DateOnly date, double value, string unit) =>
        string.Join('|', patient, loinc, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value.ToString("R", CultureInfo.InvariantCulture), unit);
}
