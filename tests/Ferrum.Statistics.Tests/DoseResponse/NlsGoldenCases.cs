using System.Text.Json;
using Ferrum.Statistics.DoseResponse;
using Ferrum.Statistics.Tests.Support;

namespace Ferrum.Statistics.Tests.DoseResponse;

/// <summary>Reads the cases of golden/dose_response_nls.json (tests/reference/statistics/dose_response.R).</summary>
internal static class NlsGoldenCases
{
    private static readonly Lazy<JsonDocument> Document = new(() => Golden.Load("dose_response_nls.json"));

    public static JsonElement Root => Document.Value.RootElement;

    public static IEnumerable<object[]> Names() =>
        Root.GetProperty("cases").EnumerateArray().Select(c => new object[] { c.GetProperty("name").GetString()! });

    public static JsonElement Case(string name) =>
        Root.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static (double[] Dose, double[] Response, DoseResponseOptions Options) Inputs(JsonElement c, CovarianceMethod covariance)
    {
        var weighting = c.GetProperty("weighting").GetString() switch
        {
            "1/y" => CurveWeighting.InverseResponse,
            "1/y^2" => CurveWeighting.InverseResponseSquared,
            "1/sigma^2" => CurveWeighting.InverseVariance,
            _ => CurveWeighting.None,
        };
        var options = new DoseResponseOptions
        {
            Model = c.GetProperty("model").GetString() == "LL.5" ? CurveModel.FiveParameter : CurveModel.FourParameter,
            Weighting = weighting,
            StandardDeviations = c.TryGetProperty("sd", out var sd) && sd.ValueKind == JsonValueKind.Array ? sd.Numbers() : null,
            Fixed = c.TryGetProperty("fixedC", out var fc) && fc.ValueKind == JsonValueKind.Number ? new FixedParameters { C = fc.GetDouble() } : null,
            Covariance = covariance,
        };
        return (c.GetProperty("dose").Numbers(), c.GetProperty("response").Numbers(), options);
    }
}
