using System.Globalization;
using Ferrum.Core.Errors;
using Ferrum.Storage.Import;

namespace Ferrum.Storage.Tests.Import;

/// <summary>The lab-import CSV reader: every bad row is an error naming file, row and field, checked before anything is stored.</summary>
public sealed class LabCsvReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private const string Head = "patient,sex,loinc,value,unit,date\n";
    private const string Good = "MRN-1,female,2276-4,21,ng/mL,2026-10-01\n";

    private static List<LabImportRow> Read(string csv)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");   // the reader must not follow the machine's culture
            return LabCsvReader.Read(new StringReader(csv), "labs.csv", Today);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    public static TheoryData<string, string, string, string?> Rejected => new()
    {
        // csv, code, location, field
        { "", "labs.empty", "row 1", null },
        { "\uFEFF", "labs.empty", "row 1", null },
        { Head, "labs.no-rows", "row 2", null },
        { "patient;sex;loinc;value;unit;date\nMRN-1;female;2276-4;21,5;ng/mL;2026-10-01\n", "labs.delimiter", "row 1", null },
        { "patient,sex,loinc,value,date\n", "labs.column", "row 1", "unit" },
        { "patient,sex,loinc,value,unit,date,value\n", "labs.column", "row 1", "value" },
        { Head + "MRN-1,female,2276-4,21,5,ng/mL,2026-10-01\n", "labs.fields", "row 2", null },
        { Head + "MRN-1,female,2276-4,NaN,ng/mL,2026-10-01\n", "labs.value", "row 2", "value" },
        { Head + "MRN-1,female,2276-4,1e400,ng/mL,2026-10-01\n", "labs.value", "row 2", "value" },
        { Head + "MRN-1,female,2276-4,-5,ng/mL,2026-10-01\n", "labs.value.implausible", "row 2", "value" },
        { Head + "MRN-1,female,2276-4,21,furlongs,2026-10-01\n", "labs.unit.unknown", "row 2", "unit" },
        { Head + "MRN-1,female,2276-4,21,g/dL,2026-10-01\n", "labs.unit.not-accepted", "row 2", "unit" },
        { Head + "MRN-1,female,2276,21,ng/mL,2026-10-01\n", "labs.loinc.malformed", "row 2", "loinc" },
        { Head + "MRN-1,female,99999-5,21,ng/mL,2026-10-01\n", "labs.loinc.unknown", "row 2", "loinc" },
        { Head + "MRN-1,F,2276-4,21,ng/mL,2026-10-01\n", "labs.sex", "row 2", "sex" },
        { Head + "MRN-1,female,2276-4,21,ng/mL,01.10.2026\n", "labs.date", "row 2", "date" },
        { Head + "MRN-1,female,2276-4,21,ng/mL,2026-11-26\n", "labs.date", "row 2", "date" },
        { Head + "=HYPERLINK(\"x\"),female,2276-4,21,ng/mL,2026-10-01\n", "labs.patient-formula", "row 2", "patient" },
        { Head + "+1-2,female,2276-4,21,ng/mL,2026-10-01\n", "labs.patient-formula", "row 2", "patient" },
        { Head + "MRN\u0000,female,2276-4,21,ng/mL,2026-10-01\n", "labs.patient", "row 2", "patient" },
        { Head + Good + Good, "labs.duplicate-row", "row 3", null },
        { Head + Good + "MRN-1,male,718-7,13,g/dL,2026-10-01\n", "labs.sex-conflict", "row 3", "sex" },
        { Head + Good + new string('x', LabCsvReader.MaxLineLength + 1) + "\n", "labs.line-too-long", "row 3", null },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void A_bad_file_is_refused_naming_file_row_and_field(string csv, string code, string location, string? field)
    {
        var ex = Assert.Throws<InputErrorException>(() => Read(csv));
        var error = ex.Errors.First();
        Assert.Equal(code, error.Code);
        Assert.Equal("labs.csv", error.File);
        Assert.Equal(location, error.Location);
        Assert.Equal(field, error.Field);
        Assert.NotNull(error.Accepted);
    }

    [Fact]
    public void Every_bad_row_is_reported_not_only_the_first()
    {
        var ex = Assert.Throws<InputErrorException>(() => Read(Head + "MRN-1,female,2276-4,abc,ng/mL,2026-10-01\n" + Good + "MRN-2,female,2276,21,ng/mL,2026-10-01\n"));
        Assert.Equal(["row 2", "row 4"], ex.Errors.Select(e => e.Location));
    }

    [Theory]
    [InlineData("\uFEFF" + Head + Good)]
    [InlineData("date,unit,value,loinc,sex,patient\r\n2026-10-01,ng/mL,21,2276-4,female,MRN-1\r\n")]
    [InlineData(Head + Good + "\n  \nMRN-1,female,2276-4,22,ng/mL,2026-10-02\n")]       // blank lines, a second result another day
    [InlineData(Head + "-123,female,2276-4,21,ng/mL,2026-11-25\n")]                      // a numeric key and today's date
    public void Good_files_read_whatever_the_column_order_line_ends_or_culture(string csv)
    {
        var rows = Read(csv);
        Assert.All(rows, r => Assert.Equal("2276-4", r.Loinc));
        Assert.Contains(rows, r => r.Value == 21);
    }
}
