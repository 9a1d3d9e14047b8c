namespace Ferrum.Statistics.Common;

/// <summary>The alternative hypothesis, named and defaulted as R's <c>alternative</c> argument.</summary>
public enum Alternative
{
    /// <summary>R's <c>"two.sided"</c> (the default).</summary>
    TwoSided = 0,

    /// <summary>R's <c>"less"</c>.</summary>
    Less,

    /// <summary>R's <c>"greater"</c>.</summary>
    Greater,
}
