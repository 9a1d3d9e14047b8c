namespace Ferrum.Statistics.Roc;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014) with Lemire's unbiased bounded integers: a small, fast generator whose
/// stream is fixed by its seed, so each bootstrap replicate can have its own stream independent of threading.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    /// <summary>The stream for replicate <paramref name="replicate"/> of a run seeded with <paramref name="seed"/>.</summary>
    public static SplitMix64 ForReplicate(long seed, int replicate)
    {
        var mixer = new SplitMix64(unchecked((ulong)seed));
        var baseValue = mixer.Next();
        return new SplitMix64(baseValue ^ unchecked((ulong)(replicate + 1) * 0xD1B54A32D192ED03UL));
    }

    public ulong Next()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform integer in [0, bound).</summary>
    public int NextInt(int bound)
    {
        var range = (ulong)bound;
        var product = Math.BigMul(Next(), range, out var low);
        if (low < range)
        {
            var threshold = (0UL - range) % range;
            while (low < threshold) product = Math.BigMul(Next(), range, out low);
        }

        return (int)product;
    }
}
