using Ferrum.Statistics.Common;
using Ferrum.Statistics.Regression;

namespace Ferrum.Statistics.Tests.Regression;

public sealed class RegressionInputTests
{
    private static readonly double[] X = [1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly bool[] Y = [false, true, false, false, true, false, true, true];

    private static DesignMatrix Design(params double[][] columns) =>
        DesignMatrix.FromColumns(columns.Select((_, j) => "x" + j.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), columns);

    public static TheoryData<string, Action> BadInputs() => new()
    {
        { "stats.length-mismatch", () => LogisticRegression.Fit(Design(X), Y[..7]) },
        { "stats.too-few-points", () => LogisticRegression.Fit(Design(X[..2]), Y[..2]) },
        { "stats.constant-response", () => LogisticRegression.Fit(Design(X), new bool[8]) },
        { "stats.collinear", () => LogisticRegression.Fit(Design(X, X.Select(v => 2 * v).ToArray()), Y) },
        { "stats.invalid-option", () => LogisticRegression.Fit(Design(X), Y, new LogisticRegressionOptions { Level = 0 }) },
        { "stats.separation", () => LogisticRegression.Fit(Design(X), [false, false, false, false, true, true, true, true]) },
        { "stats.non-finite", () => LinearRegression.Fit(Design(X), [1, 2, 3, 4, 5, 6, 7, double.NaN]) },
        { "stats.constant-response", () => LinearRegression.Fit(Design(X), X.Select(v => 3 + 2 * v).ToArray()) },
        { "stats.collinear", () => LinearRegression.Fit(Design(X, X), X.Select(v => v * v).ToArray()) },
        { "stats.non-finite", () => DesignMatrix.FromRows(["a"], [[double.PositiveInfinity]]) },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_fails_with_a_stable_code(string code, Action fit) =>
        Assert.Equal(code, Assert.Throws<StatisticsInputException>(fit).Code);

    [Fact]
    public void Likelihood_ratio_test_refuses_models_that_are_not_nested_by_size()
    {
        var full = LogisticRegression.Fit(Design(X), Y, new LogisticRegressionOptions { ProfileIntervals = false });
        Assert.Equal("stats.invalid-option", Assert.Throws<StatisticsInputException>(() => LogisticRegression.LikelihoodRatioTest(full, full)).Code);
    }

    [Fact]
    public void P_values_stay_within_0_and_1() =>
        Assert.All(LogisticRegression.Fit(Design(X), Y).Coefficients, c => Assert.InRange(c.PValue, 0, 1));
}
