namespace Kusama.Network.PeerSet;

/// <summary>
/// A change to a peer's reputation and why (sc-network <c>ReputationChange</c>); below <see cref="BannedThreshold"/> a peer is
/// disconnected and banned.
/// </summary>
public readonly record struct ReputationChange(int Value, string Reason)
{
    /// <summary>Substrate's <c>BANNED_THRESHOLD</c> (peer_store.rs): 71 % of the lowest reputation (<c>71 * (i32::MIN / 100)</c>).</summary>
    public const int BannedThreshold = 71 * (int.MinValue / 100);

    /// <summary>A change so large that one occurrence bans the peer (<c>ReputationChange::new_fatal</c>).</summary>
    public static ReputationChange Fatal(string reason) => new(int.MinValue, reason);

    public override string ToString() => $"{Value} ({Reason})";
}
