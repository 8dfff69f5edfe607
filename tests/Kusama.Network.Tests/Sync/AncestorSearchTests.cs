using Kusama.Network.Sync;

namespace Kusama.Network.Tests.Sync;

public sealed class AncestorSearchTests
{
    [Theory]
    [InlineData(1000u, 0u)]
    [InlineData(1000u, 1u)]
    [InlineData(1000u, 517u)]
    [InlineData(1000u, 999u)]
    [InlineData(1000u, 1000u)]
    [InlineData(7u, 3u)]
    public void The_search_finds_the_highest_common_block_in_logarithmic_probes(uint start, uint forkPoint)
    {
        var search = new AncestorSearch(start, start);
        int probes = 0;
        uint common;
        while (true)
        {
            probes++;
            Assert.True(probes < 40);
            if (search.Advance(search.Current <= forkPoint, out common)) break;
        }
        Assert.Equal(forkPoint, common);
        Assert.True(probes <= 2 * Math.Log2(start + 2) + 2, $"{probes} probes");
    }

    [Fact]
    public void A_mismatch_at_genesis_means_another_chain()
    {
        var search = new AncestorSearch(0, 0);
        Assert.Throws<InvalidOperationException>(() => search.Advance(false, out _));
    }
}
