using System.Diagnostics;
using System.Globalization;

namespace Ferrum.Benchmarks.Compare;

/// <summary>
/// The console mode bench/compare.sh calls: <c>compare NAME FILE</c> loads the workload's CSV, runs the work for a second to
/// warm up (tiered JIT), then times it repeatedly (at least 5 runs, up to 21 within 2 s) and prints its summary and, as the last
/// line, the fastest run in seconds (the least disturbed by other load on a shared machine), like the peers in bench/peers/. Exit code 3: no such workload.
/// </summary>
internal static class CompareCommand
{
    public static int Run(string[] args)
    {
        var workloads = typeof(CompareCommand).Assembly.GetTypes()
            .Where(t => typeof(ICompareWorkload).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .Select(t => (ICompareWorkload)Activator.CreateInstance(t)!)
            .ToDictionary(w => w.Name, StringComparer.Ordinal);
        if (args.Length < 3)
        {
            Console.Error.WriteLine($"usage: compare {string.Join('|', workloads.Keys.Order(StringComparer.Ordinal))} FILE.csv");
            return 2;
        }

        if (!workloads.TryGetValue(args[1], out var workload))
        {
            Console.Error.WriteLine($"no compare workload named '{args[1]}'");
            return 3;
        }

        var work = workload.Load(args[2]);
        // Warm up for at least a second, not one call: tiered JIT promotes hot methods to optimised code only after
        // ~30 calls plus a 100 ms delay, so microsecond work timed straight away measures unoptimised tier-0 code.
        var summary = work();
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < 1) summary = work();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < 5 || (times.Count < 21 && total.Elapsed.TotalSeconds < 2))
        {
            var sw = Stopwatch.StartNew();
            summary = work();
            times.Add(sw.Elapsed.TotalSeconds / workload.InnerRepeats);
        }

        Console.WriteLine(summary);
        Console.WriteLine(times.Min().ToString("R", CultureInfo.InvariantCulture));
        return 0;
    }
}
