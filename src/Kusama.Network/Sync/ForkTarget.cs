using Kusama.Core;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Sync;

/// <summary>
/// A block not on our chain that peers announced (sc-network-sync <c>ForkTarget</c>): downloaded by hash, descending, in
/// segments until a block whose parent we know; then the whole fork goes to import at once.
/// </summary>
internal sealed class ForkTarget(Hash256 hash, uint number)
{
    /// <summary>The announced block.</summary>
    public Hash256 Hash { get; } = hash;

    public uint Number { get; } = number;

    /// <summary>The peers that have it.</summary>
    public HashSet<PeerId> Peers { get; } = [];

    /// <summary>The peer downloading it now, if any.</summary>
    public PeerId? Downloader { get; set; }

    /// <summary>Blocks received so far, highest first (each the parent of the one before).</summary>
    public List<IncomingBlock> Downloaded { get; } = [];

    /// <summary>The hash the next request starts from: the target itself, then the parent of the lowest block received.</summary>
    public Hash256 NextHash => Downloaded.Count == 0 ? Hash : Downloaded[^1].Header.ParentHash;

    /// <summary>The number of <see cref="NextHash"/>.</summary>
    public uint NextNumber => Downloaded.Count == 0 ? Number : Downloaded[^1].Number - 1;
}
