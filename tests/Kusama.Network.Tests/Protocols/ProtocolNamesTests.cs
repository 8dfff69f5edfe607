using Kusama.Core;
using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Protocols;

public class ProtocolNamesTests
{
    private static readonly Hash256 KusamaGenesis = Hash256.Parse("0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe");

    [Fact]
    public void KusamaNamesMatchTheVectors()
    {
        var names = new ProtocolNames(KusamaGenesis, "ksmcc3");
        Assert.Equal(SubstrateVectors.Strings("protocols_kusama"), names.All);
    }

    [Fact]
    public void KusamaLegacyNamesMatchTheVectors()
    {
        var names = new ProtocolNames(KusamaGenesis, "ksmcc3");
        Assert.Equal(SubstrateVectors.Strings("legacy_kusama"), names.AllLegacy);
    }

    [Fact]
    public void AForkIdGoesBetweenTheGenesisAndTheName()
    {
        Hash256 polkadot = Hash256.Parse("0x" + SubstrateVectors.Section.GetProperty("polkadot_genesis").GetString());
        var names = new ProtocolNames(polkadot, "dot", forkId: "fork1");
        Assert.Equal("/91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3/fork1/block-announces/1", names.BlockAnnounces);
        Assert.Equal("/91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3/fork1/kad", names.Kad);
        Assert.Equal("/dot/sync/2", names.LegacySync);
        Assert.Equal(ProtocolNames.LegacyGrandpa, names.AllLegacy[2]);
    }

    [Fact]
    public void AnEmptyForkIdIsRejected()
    {
        Assert.Throws<ArgumentException>(() => new ProtocolNames(KusamaGenesis, "ksmcc3", forkId: ""));
    }
}
