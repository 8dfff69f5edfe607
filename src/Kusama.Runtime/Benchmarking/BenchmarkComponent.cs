namespace Kusama.Runtime.Benchmarking;

/// <summary>A benchmark's component (FRAME's <c>Linear&lt;MIN, MAX&gt;</c>): the parameter the call's cost grows with, swept from <see cref="Min"/> to <see cref="Max"/>.</summary>
/// <param name="Name">The weight method's parameter name, FRAME's (<c>b</c>, <c>i</c>, <c>p</c>, <c>u</c>, <c>c</c>).</param>
/// <param name="Min">The smallest value measured.</param>
/// <param name="Max">The largest value measured.</param>
/// <param name="Description">What the component counts, for the weights file's parameter documentation.</param>
public sealed record BenchmarkComponent(string Name, uint Min, uint Max, string Description)
{
    /// <summary>
    /// The values a sweep of <paramref name="steps"/> measures: frame-benchmarking's evenly spaced points from
    /// <see cref="Min"/> to <see cref="Max"/>, both ends included, without repeats when the range is narrower than the steps.
    /// </summary>
    public uint[] Values(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        var values = new List<uint>(steps);
        double stepSize = (double)(Max - Min) / (steps - 1);
        for (int i = 0; i < steps; i++)
        {
            uint value = i == steps - 1 ? Max : Min + (uint)Math.Round(stepSize * i, MidpointRounding.ToZero);
            if (values.Count == 0 || values[^1] != value) values.Add(value);
        }
        return [.. values];
    }
}
