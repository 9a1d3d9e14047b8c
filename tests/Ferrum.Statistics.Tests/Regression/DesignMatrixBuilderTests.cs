using System.Globalization;
using Ferrum.Statistics.Common;
using Ferrum.Statistics.Regression;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.Regression;

public sealed class DesignMatrixBuilderTests
{
    [Fact]
    public void Treatment_contrasts_reproduce_R_model_matrix_for_birthwt()
    {
        var raw = RegressionGolden.Root("logistic").GetProperty("birthwt");
        var c = RegressionGolden.Case("logistic", "birthwt low ~ age + lwt + race + smoke");
        var design = new DesignMatrixBuilder()
            .AddNumeric("age", raw.GetProperty("age").Numbers())
            .AddNumeric("lwt", raw.GetProperty("lwt").Numbers())
            .AddCategorical("race", raw.GetProperty("race").EnumerateArray().Select(e => e.GetString()).ToArray(),
                levels: raw.GetProperty("raceLevels").EnumerateArray().Select(e => e.GetString()!).ToArray())
            .AddNumeric("smoke", raw.GetProperty("smoke").Numbers())
            .Build();
        var expected = RegressionGolden.Design(c);
        Assert.Equal(expected.ColumnNames, design.ColumnNames);
        for (var i = 0; i < expected.RowCount; i++)
            for (var j = 0; j < expected.ColumnCount; j++)
                Assert.Equal(expected[i, j], design[i, j]);
    }

    [Fact]
    public void Levels_sort_ordinally_by_default_and_reference_moves_a_level_first()
    {
        string?[] sex = ["male", "female", "male"];
        Assert.Equal(["(Intercept)", "sexmale"], new DesignMatrixBuilder().AddCategorical("sex", sex).Build().ColumnNames);
        Assert.Equal(["(Intercept)", "sexfemale"], new DesignMatrixBuilder().AddCategorical("sex", sex, reference: "male").Build().ColumnNames);
    }

    public static TheoryData<string, Action> BadInputs() => new()
    {
        { "stats.length-mismatch", () => new DesignMatrixBuilder().AddNumeric("a", [1, 2]).AddNumeric("b", [1, 2, 3]) },
        { "stats.non-finite", () => new DesignMatrixBuilder().AddNumeric("a", [1, double.NaN]) },
        { "stats.missing-value", () => new DesignMatrixBuilder().AddCategorical("sex", ["male", null]) },
        { "stats.unknown-level", () => new DesignMatrixBuilder().AddCategorical("sex", ["male", "other"], levels: ["female", "male"]) },
        { "stats.unknown-level", () => new DesignMatrixBuilder().AddCategorical("sex", ["male", "female"], reference: "other") },
        { "stats.empty-model", () => new DesignMatrixBuilder().Build(intercept: false) },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_covariates_fail_with_a_stable_code(string code, Action build) =>
        Assert.Equal(code, Assert.Throws<StatisticsInputException>(build).Code);

    [Fact]
    public void Numeric_values_are_used_as_given_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var design = new DesignMatrixBuilder().AddNumeric("x", [1.5, 2.25]).Build();
            Assert.Equal(2.25, design[1, 1]);
            var error = Assert.Throws<StatisticsInputException>(() => new DesignMatrixBuilder().AddNumeric("x", [0.5, double.NaN]));
            Assert.Contains("x[1]", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
