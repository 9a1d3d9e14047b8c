using Ferrum.Core.Errors;
using Ferrum.Study.Data;
using Ferrum.Study.Specs;
using Ferrum.Study.Tests.Support;

namespace Ferrum.Study.Tests.Data;

/// <summary>Study tables the bad-input corpus found analysed silently: NaN text, short or cut-off rows, duplicate subject ids.</summary>
public sealed class DatasetHardeningTests
{
    private const string Spec = "group: { column: group, case: RLS, control: Control }\nid: id\nbiomarkers: [ferritin]\n";

    public static TheoryData<string, string, string, string, string> Rejected => new()
    {
        // csv, code, location, field, value
        { "id,group,ferritin\nS1,RLS,12.5\nS2,Control,NaN\nS3,Control,4\n", "study.value-not-numeric", "row 3", "ferritin", "NaN" },
        { "id;group;ferritin\nS1;RLS;12,5\nS2;Control;nan\nS3;Control;4\n", "study.value-not-numeric", "row 3", "ferritin", "nan" },
        { "id,group,ferritin\nS1,RLS,12.5\nS2,Control\nS3,Control,4\n", "study.row-too-short", "row 3", "ferritin", "2 cells" },
        { "id,group,ferritin\nS1,RLS,12.5\nS2,Control,3\nS3,Contr", "study.row-too-short", "row 4", "ferritin", "2 cells" },
        { "id,group,ferritin\nS1,RLS,12.5\nS2,Control,3\nS1,Control,4\n", "study.id-duplicate", "row 4", "id", "S1" },
        { "id;group;ferritin\nS1;RLS;12,5\nS2;Control;3\n S2 ;RLS;4\n", "study.id-duplicate", "row 4", "id", "S2" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Input_analysed_silently_before_is_an_error_naming_file_row_and_column(string csv, string code, string location, string field, string value) =>
        Inputs.InCulture("de-DE", () =>
        {
            var ex = Assert.Throws<InputErrorException>(() =>
            {
                var data = DatasetReader.ReadCsv(new StringReader(csv), "d.csv");
                StudySpecValidator.EnsureValid(StudySpecReader.Read(new StringReader(Spec), "s.yaml"), data, "s.yaml");
            });
            var error = ex.Errors.Single(e => e.Code == code);
            Assert.Equal("d.csv", error.File);
            Assert.Equal(location, error.Location);
            Assert.Equal(field, error.Field);
            Assert.Equal(value, error.Value);
        });

    [Theory]
    [InlineData("id,group,ferritin\nS1,RLS,12.5\nS2,Control,NA\nS3,Control,\nS4,RLS,-\n")]
    [InlineData("id;group;ferritin\nS1;RLS;12,5\nS2;Control;N/A\nS3;Control;.\nS4;RLS;4\n")]
    [InlineData("id,group,ferritin\nS1,RLS,12.5\n,Control,3\n,Control,4\n")]    // missing ids are not duplicates
    public void Missing_value_spellings_and_absent_ids_are_still_accepted(string csv) =>
        Inputs.InCulture("de-DE", () =>
        {
            var data = DatasetReader.ReadCsv(new StringReader(csv), "d.csv");
            Assert.Empty(StudySpecValidator.Validate(StudySpecReader.Read(new StringReader(Spec), "s.yaml"), data, "s.yaml"));
        });
}
