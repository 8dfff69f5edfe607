using Kusama.Runtime.Benchmarking;

namespace Kusama.Runtime.Tests.Benchmarking;

public class BenchmarkComponentTests
{
    [Theory]
    [InlineData(0u, 1000u, 2, new uint[] { 0, 1000 })]
    [InlineData(0u, 1000u, 5, new uint[] { 0, 250, 500, 750, 1000 })]
    [InlineData(1u, 1000u, 4, new uint[] { 1, 334, 667, 1000 })]
    [InlineData(1u, 2u, 50, new uint[] { 1, 2 })]
    [InlineData(7u, 7u, 3, new uint[] { 7 })]
    public void A_sweep_spaces_values_evenly_from_min_to_max_without_repeats(uint min, uint max, int steps, uint[] expected)
    {
        Assert.Equal(expected, new BenchmarkComponent("x", min, max, "x").Values(steps));
    }

    [Fact]
    public void A_sweep_needs_at_least_two_steps()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BenchmarkComponent("x", 0, 10, "x").Values(1));
    }
}
