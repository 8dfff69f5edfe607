using Kusama.Network.Libp2p.Identity;
using Kusama.Network.PeerSet;

namespace Kusama.Network.Tests.PeerSet;

public sealed class PeerStoreTests
{
    private DateTime _now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static PeerId Peer()
    {
        using NodeKey key = NodeKey.Generate();
        return key.PeerId;
    }

    [Fact]
    public void A_fatal_report_bans_the_peer_for_about_69_seconds_as_in_Substrate()
    {
        var store = new PeerStore(() => _now);
        PeerId peer = Peer();

        Assert.True(store.Report(peer, ReputationChange.Fatal("test")));
        _now = _now.AddSeconds(68);
        Assert.True(store.IsBanned(peer));
        _now = _now.AddSeconds(2);
        Assert.False(store.IsBanned(peer));
    }

    [Fact]
    public void Reputation_decays_towards_zero_and_small_costs_do_not_ban()
    {
        var store = new PeerStore(() => _now);
        PeerId peer = Peer();

        Assert.False(store.Report(peer, new ReputationChange(-(1 << 12), "bad message")));
        Assert.Equal(-(1 << 12), store.Reputation(peer));
        _now = _now.AddSeconds(1);
        Assert.Equal(-(1 << 12) + (1 << 12) / 200, store.Reputation(peer));
        _now = _now.AddHours(2);
        Assert.Equal(0, store.Reputation(peer));
        Assert.Equal(0, store.Reputation(Peer()));
    }
}
