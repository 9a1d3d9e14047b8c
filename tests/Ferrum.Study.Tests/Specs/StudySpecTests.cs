using Ferrum.Core.Errors;
using Ferrum.Study.Data;
using Ferrum.Study.Specs;

namespace Ferrum.Study.Tests.Specs;

public sealed class StudySpecTests
{
    private const string Spec = """
        group: { column: outcome, case: RLS, control: Control }
        biomarkers: [ferritin, tfr]
        severity: irls
        covariates: [age, sex]
        categorical: [sex]
        multiplicity: BH
        seed: 7
        """;

    private static Dataset Data(string csv = "id,outcome,ferritin,tfr,irls,age,sex\nS1,RLS,1,2,20,40,F\nS2,Control,2,3,,35,F\n") =>
        DatasetReader.ReadCsv(new StringReader(csv), "data.csv");

    [Fact]
    public void Spec_reads_the_design_keys()
    {
        var spec = StudySpecReader.Read(new StringReader(Spec), "s.yaml");
        Assert.Equal(new GroupSpec("outcome", "RLS", "Control"), spec.Group);
        Assert.Equal(["ferritin", "tfr"], spec.Biomarkers);
        Assert.Equal("irls", spec.Severity);
        Assert.Equal("BH", spec.Multiplicity);
        Assert.Equal(7, spec.Seed);
        Assert.True(spec.Describe("sex").Categorical);
        Assert.False(spec.Describe("age").Categorical);
        Assert.Equal(["age", "sex", "irls", "ferritin", "tfr"], spec.Table1Variables);
        Assert.Empty(StudySpecValidator.Validate(spec, Data(), "s.yaml"));
    }

    [Theory]
    [InlineData("biomarkers: [ferritin, hepcidin]", "study.column-unknown", "biomarkers[1]", "hepcidin")]
    [InlineData("covariates: [age, bmi]", "study.column-unknown", "covariates[1]", "bmi")]
    [InlineData("group: { column: outcome, case: RLS, control: Healthy }", "study.group-label-absent", "group.control", "Healthy")]
    [InlineData("group: { column: arm, case: RLS, control: Control }", "study.column-unknown", "group.column", "arm")]
    public void Spec_naming_what_the_data_lack_is_an_error_naming_key_and_value(string replace, string code, string location, string value)
    {
        var key = replace[..replace.IndexOf(':', StringComparison.Ordinal)];
        var yaml = string.Join('\n', Spec.Split('\n').Select(l => l.StartsWith(key + ":", StringComparison.Ordinal) ? replace : l));
        var spec = StudySpecReader.Read(new StringReader(yaml), "s.yaml");
        var errors = StudySpecValidator.Validate(spec, Data(), "s.yaml");
        var e = Assert.Single(errors);
        Assert.Equal(code, e.Code);
        Assert.Equal("s.yaml", e.File);
        Assert.Equal(location, e.Location);
        Assert.Equal(value, e.Value);
    }

    [Fact]
    public void Wrong_type_in_a_biomarker_column_names_data_file_row_and_column()
    {
        var spec = StudySpecReader.Read(new StringReader(Spec), "s.yaml");
        var errors = StudySpecValidator.Validate(spec, Data("id,outcome,ferritin,tfr,irls,age,sex\nS1,RLS,1,2,20,40,F\nS2,Control,<5,3,,35,F\n"), "s.yaml");
        var e = Assert.Single(errors);
        Assert.Equal(("study.value-not-numeric", "data.csv", "row 3", "ferritin", "<5"), (e.Code, e.File, e.Location, e.Field, e.Value));
    }

    [Fact]
    public void A_third_group_label_is_an_error_naming_its_row()
    {
        var spec = StudySpecReader.Read(new StringReader(Spec), "s.yaml");
        var errors = StudySpecValidator.Validate(spec, Data("id,outcome,ferritin,tfr,irls,age,sex\nS1,RLS,1,2,20,40,F\nS2,Control,2,3,,35,F\nS3,Unsure,2,3,,35,F\n"), "s.yaml");
        var e = Assert.Single(errors);
        Assert.Equal(("study.group-label-unknown", "row 4", "Unsure"), (e.Code, e.Location, e.Value));
    }

    [Theory]
    [InlineData("multiplicity: sidak", "study.spec-multiplicity")]
    [InlineData("table1: stata", "study.spec-table1")]
    [InlineData("biomarkers: []", "study.spec-biomarkers")]
    [InlineData("normalisation: { method: ev-marker }", "study.spec-normalisation")]
    [InlineData("colour: blue", "study.spec-yaml")]
    [InlineData("seed: [1", "study.spec-yaml")]
    public void Malformed_spec_is_an_input_error(string line, string code)
    {
        var ex = Assert.Throws<InputErrorException>(() => StudySpecReader.Read(new StringReader("group: { column: g, case: a, control: b }\n" + (line.StartsWith("biomarkers", StringComparison.Ordinal) ? "" : "biomarkers: [x]\n") + line + "\n"), "s.yaml"));
        Assert.Contains(ex.Errors, e => e.Code == code && e.File == "s.yaml");
    }

    [Fact]
    public void Unknown_yaml_key_reports_its_line()
    {
        var ex = Assert.Throws<InputErrorException>(() => StudySpecReader.Read(new StringReader("group: { column: g, case: a, control: b }\nbiomarkers: [x]\ncolour: blue\n"), "s.yaml"));
        Assert.StartsWith("line 3", ex.Error.Location, StringComparison.Ordinal);
    }
}
