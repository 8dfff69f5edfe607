using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Network.Protocols;
using Microsoft.Extensions.Logging;

namespace Kusama.Network.Service;

// Block announcements (networking.md §9.2): every imported block is announced to the sync peers not known to have it
// (sc-service's announce_imported_blocks), except while far behind; what peers announce updates their best block.
public sealed partial class NetworkService
{
    private void OnBlockImported(BlockImportNotification notification)
    {
        if (notification.Origin == BlockOrigin.NetworkInitialSync || IsMajorSyncing) return;
        AnnounceBlock(notification.Hash, notification.Header, notification.IsNewBest);
    }

    /// <summary>Announces a block to every sync peer that does not know it yet.</summary>
    public void AnnounceBlock(Hash256 hash, Kusama.Frame.Primitives.Header header, bool isBest)
    {
        ArgumentNullException.ThrowIfNull(header);
        byte[]? encoded = null;
        foreach (ConnectedPeer peer in _peers.Values)
        {
            lock (peer)
            {
                if (peer.BlockAnnounces is not { } sink || !peer.KnownBlocks.Insert(hash)) continue;
                encoded ??= new BlockAnnounce(header, isBest ? BlockState.Best : BlockState.Normal, []).Encode();
                if (sink.TrySend(encoded)) continue;
            }
            _logger.LogDebug("{Peer} is not reading block announcements: dropped", peer.PeerId);
            _ = DropAsync(peer, "clogged block announces");
        }
    }

    private void OnBlockAnnounce(ConnectedPeer peer, BlockAnnounce announce)
    {
        Hash256 hash = announce.Header.Hash();
        lock (peer)
        {
            peer.KnownBlocks.Insert(hash);
            // An announce without a state is treated as the new best, as Substrate does.
            if (announce.State is null or BlockState.Best)
            {
                peer.BestHash = hash;
                peer.BestNumber = announce.Header.Number;
            }
        }
        if (peer.IsOpen) Raise(BlockAnnounceReceived, peer.PeerId, announce);
    }
}
