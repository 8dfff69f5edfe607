using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Sync;

/// <summary>A downloaded block on its way to import (sc-consensus <c>IncomingBlock</c>), with the peer it came from.</summary>
public sealed record IncomingBlock(Hash256 Hash, Header Header, byte[][] Body, Justifications? Justifications, PeerId Origin)
{
    /// <summary>The block number.</summary>
    public uint Number => Header.Number;
}
