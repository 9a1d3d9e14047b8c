namespace Ferrum.Statistics.Descriptive;

/// <summary>Sample quantile definitions, numbered as R's <c>quantile(type = )</c> (Hyndman and Fan 1996).</summary>
public enum QuantileType
{
    /// <summary>R type 2: inverse of the empirical CDF, averaging at discontinuities (SAS definition 5).</summary>
    Type2 = 2,

    /// <summary>R type 7, R's default: linear interpolation of the order statistics, p(k) = (k − 1)/(n − 1).</summary>
    Type7 = 7,
}
