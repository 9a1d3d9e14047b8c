namespace Ferrum.Statistics.Common;

/// <summary>Shared validation of numeric samples, raising <see cref="StatisticsInputException"/> with stable codes.</summary>
internal static class DataChecks
{
    /// <summary>Code for an empty sample or group.</summary>
    public const string EmptyGroup = "stats.empty-group";

    /// <summary>Code for NaN or ±∞ in the data.</summary>
    public const string NonFinite = "stats.non-finite";

    /// <summary>Code for paired inputs of different lengths.</summary>
    public const string LengthMismatch = "stats.length-mismatch";

    /// <summary>Code for an argument outside its accepted range.</summary>
    public const string InvalidArgument = "stats.invalid-argument";

    /// <summary>Code for too few observations for the method.</summary>
    public const string TooFew = "stats.too-few";

    /// <summary>Code for a sample whose values are all identical where variation is required.</summary>
    public const string ZeroVariance = "stats.zero-variance";

    /// <summary>Throws unless the sample is non-empty and every value is finite.</summary>
    public static void Finite(ReadOnlySpan<double> values, string name, int minimum = 1)
    {
        if (values.Length < minimum)
        {
            throw new StatisticsInputException(
                minimum == 1 ? EmptyGroup : TooFew,
                $"{name} has {values.Length} value(s); at least {minimum} required.", name);
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new StatisticsInputException(
                    NonFinite, $"{name}[{i}] is {values[i]}; values must be finite numbers.", name);
            }
        }
    }

    /// <summary>Throws unless <paramref name="level"/> lies strictly between 0 and 1.</summary>
    public static void Level(double level, string name = "conf.level") => OpenUnit(level, name);

    /// <summary>Throws unless <paramref name="value"/> lies strictly between 0 and 1 (a probability, level or proportion).</summary>
    public static void OpenUnit(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new StatisticsInputException(InvalidArgument, $"{name} is {value}; it must lie strictly between 0 and 1.", name);
        }
    }

    /// <summary>Throws an <see cref="InvalidArgument"/> error with the given message.</summary>
    public static StatisticsInputException Invalid(string name, string message) => new(InvalidArgument, message, name);
}
