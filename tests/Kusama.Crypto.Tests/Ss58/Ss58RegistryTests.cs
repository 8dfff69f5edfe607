using Kusama.Crypto.Ss58;

namespace Kusama.Crypto.Tests.Ss58;

public class Ss58RegistryTests
{
    [Theory]
    [InlineData("polkadot", 0)]
    [InlineData("kusama", 2)]
    [InlineData("Kusama", 2)]
    [InlineData("astar", 5)]
    [InlineData("substrate", 42)]
    [InlineData("westend", 42)]
    [InlineData("rococo", 42)]
    [InlineData("moonbeam", 1284)]
    [InlineData("moonriver", 1285)]
    public void Known_networks_resolve_to_their_registry_prefix(string network, ushort prefix)
    {
        Assert.True(Ss58Registry.TryGetPrefix(network, out ushort found));
        Assert.Equal(prefix, found);
        Assert.Equal(prefix, Ss58Registry.ResolvePrefix(network));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1000", 1000)]
    [InlineData("16383", 16383)]
    public void A_decimal_network_is_taken_as_the_prefix(string network, ushort prefix) =>
        Assert.Equal(prefix, Ss58Registry.ResolvePrefix(network));

    [Theory]
    [InlineData("46")]
    [InlineData("47")]
    [InlineData("16384")]
    [InlineData("-1")]
    [InlineData("kusamaa")]
    [InlineData("")]
    public void ResolvePrefix_rejects_unknown_names_and_unusable_prefixes(string network)
    {
        var e = Assert.Throws<ArgumentException>(() => Ss58Registry.ResolvePrefix(network));
        Assert.Contains("kusama", e.Message);
    }

    [Theory]
    [InlineData(0, "polkadot")]
    [InlineData(2, "kusama")]
    [InlineData(42, "substrate")]
    public void A_prefix_maps_back_to_its_canonical_name(ushort prefix, string network) =>
        Assert.Equal(network, Ss58Registry.GetNetworkName(prefix));

    [Fact]
    public void An_unlisted_prefix_has_no_name() => Assert.Null(Ss58Registry.GetNetworkName(9999));

    [Fact]
    public void The_named_constants_match_the_table()
    {
        Assert.Equal(Ss58Registry.Kusama, Ss58Registry.ResolvePrefix("kusama"));
        Assert.Equal(Ss58Registry.Polkadot, Ss58Registry.ResolvePrefix("polkadot"));
        Assert.Equal(Ss58Registry.Substrate, Ss58Registry.ResolvePrefix("substrate"));
    }

    [Fact]
    public void The_network_list_holds_kusama_and_no_reserved_prefix()
    {
        Assert.Contains(("kusama", (ushort)2), Ss58Registry.Networks);
        Assert.DoesNotContain(Ss58Registry.Networks, n => n.Prefix is 46 or 47);
    }
}
