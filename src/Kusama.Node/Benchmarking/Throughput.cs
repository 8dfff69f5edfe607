using System.Diagnostics;

namespace Kusama.Node.Benchmarking;

/// <summary>Runs a workload for a fixed time on one thread or on several, each thread with its own inputs.</summary>
/// <remarks>
/// A workload is a factory: called once per thread, it prepares that thread's inputs and returns a step that does a
/// small batch of work and returns how many units (operations or bytes) it did. Steps run until the deadline passes.
/// </remarks>
public static class Throughput
{
    /// <summary>Units per second on one thread, after a warm-up run of a quarter of <paramref name="duration"/>.</summary>
    public static double OneThread(Func<Func<long>> workload, TimeSpan duration)
    {
        var step = workload();
        RunFor(step, duration / 4);
        var (units, elapsed) = RunFor(step, duration);
        return units / elapsed.TotalSeconds;
    }

    /// <summary>Units per second summed over <paramref name="threads"/> threads started together.</summary>
    public static double ManyThreads(Func<Func<long>> workload, TimeSpan duration, int threads)
    {
        var totals = new long[threads];
        var elapsed = new TimeSpan[threads];
        using var ready = new Barrier(threads);
        var workers = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            var index = i;
            workers[i] = new Thread(() =>
            {
                var step = workload();
                RunFor(step, duration / 4);
                ready.SignalAndWait();
                (totals[index], elapsed[index]) = RunFor(step, duration);
            })
            {
                IsBackground = true,
                Name = $"benchmark-{index}",
            };
            workers[i].Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        var rate = 0.0;
        for (var i = 0; i < threads; i++)
        {
            rate += totals[i] / elapsed[i].TotalSeconds;
        }

        return rate;
    }

    private static (long Units, TimeSpan Elapsed) RunFor(Func<long> step, TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        var deadline = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long units = 0;
        long now;
        do
        {
            units += step();
            now = Stopwatch.GetTimestamp();
        }
        while (now < deadline);

        return (units, Stopwatch.GetElapsedTime(start, now));
    }
}
