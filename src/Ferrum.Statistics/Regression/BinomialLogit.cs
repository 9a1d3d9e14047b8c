namespace Ferrum.Statistics.Regression;

/// <summary>
/// R's <c>binomial(link = "logit")</c> family for 0/1 responses, including its numerical guards
/// (src/library/stats/src/family.c: the inverse link is clamped to [ε, 1 − ε] beyond |η| &gt; 30).
/// </summary>
internal static class BinomialLogit
{
    private const double Threshold = 30.0;
    private const double Epsilon = 2.220446049250313e-16; // DBL_EPSILON
    private const double InverseEpsilon = 1.0 / Epsilon;

    public static double LinkInverse(double eta)
    {
        var t = eta < -Threshold ? Epsilon : eta > Threshold ? InverseEpsilon : Math.Exp(eta);
        return t / (1.0 + t);
    }

    public static double MuEta(double eta)
    {
        var opexp = 1.0 + Math.Exp(eta);
        return eta > Threshold || eta < -Threshold ? Epsilon : Math.Exp(eta) / (opexp * opexp);
    }

    public static double Link(double mu) => Math.Log(mu / (1.0 - mu));

    public static double Variance(double mu) => mu * (1.0 - mu);

    /// <summary>Unit deviance 2 (y log(y/μ) + (1 − y) log((1 − y)/(1 − μ))).</summary>
    public static double DevianceResidual(double y, double mu) => 2.0 * (YLogY(y, mu) + YLogY(1.0 - y, 1.0 - mu));

    /// <summary>−2 log-likelihood of one Bernoulli observation.</summary>
    public static double MinusTwoLogLikelihood(double y, double mu) => -2.0 * (y > 0.5 ? Math.Log(mu) : Math.Log(1.0 - mu));

    private static double YLogY(double y, double mu) => y != 0.0 ? y * Math.Log(y / mu) : 0.0;
}
