using Kusama.Blockchain.TransactionPool;
using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Network.PeerSet;
using Kusama.Network.Protocols;
using Microsoft.Extensions.Logging;

namespace Kusama.Network.Service;

// Transaction gossip (sc-network-transactions, networking.md §9.3): new ready transactions go out at once, and all ready
// ones every 2,900 ms, each to the peers not known to have it; received ones are submitted to the pool as External.
public sealed partial class NetworkService
{
    /// <summary>Substrate's <c>PROPAGATE_TIMEOUT</c>.</summary>
    public static readonly TimeSpan TransactionPropagationInterval = TimeSpan.FromMilliseconds(2900);

    private static readonly ReputationChange GoodTransaction = new(1 << 7, "Good transaction");
    private static readonly ReputationChange BadTransaction = new(-(1 << 12), "Bad transaction");

    private void OnReadyTransactionsImported(IReadOnlyList<Hash256> hashes)
    {
        if (IsMajorSyncing) return;
        var transactions = new List<PooledTransaction>(hashes.Count);
        foreach (Hash256 hash in hashes)
            if (_pool!.Get(hash) is { Propagate: true } transaction) transactions.Add(transaction);
        PropagateTransactions(transactions);
    }

    private async Task TransactionPropagationLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TransactionPropagationInterval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            if (IsMajorSyncing) continue;
            try
            {
                var transactions = new List<PooledTransaction>();
                foreach (PooledTransaction transaction in _pool!.Ready())
                    if (transaction.Propagate) transactions.Add(transaction);
                PropagateTransactions(transactions);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Transaction propagation failed");
            }
        }
    }

    /// <summary>Sends each transaction to the full peers that do not have it, in notifications of at most 16 MiB.</summary>
    private void PropagateTransactions(List<PooledTransaction> transactions)
    {
        if (transactions.Count == 0) return;
        var propagatedTo = new Dictionary<Hash256, List<string>>();
        foreach (ConnectedPeer peer in _peers.Values)
        {
            if (peer.Roles.IsLight()) continue;
            var batch = new List<byte[]>();
            int bytes = 0;
            bool clogged = false;
            lock (peer)
            {
                if (peer.Transactions is not { } sink) continue;
                foreach (PooledTransaction transaction in transactions)
                {
                    // A compact length prefix of up to 5 bytes per transaction, plus the count's.
                    if (bytes + transaction.Bytes + 5 > ProtocolLimits.MaxTransactionsSize - 5 && batch.Count > 0)
                    {
                        clogged |= !sink.TrySend(TransactionsNotification.Encode(batch));
                        batch.Clear();
                        bytes = 0;
                    }
                    if (!peer.KnownTransactions.Insert(transaction.Hash)) continue;
                    batch.Add(transaction.Data);
                    bytes += transaction.Bytes + 5;
                    if (!propagatedTo.TryGetValue(transaction.Hash, out List<string>? peers)) propagatedTo[transaction.Hash] = peers = [];
                    peers.Add(peer.PeerId.ToString());
                }
                if (batch.Count > 0) clogged |= !sink.TrySend(TransactionsNotification.Encode(batch));
            }
            if (clogged) _ = DropAsync(peer, "clogged transactions");
        }
        foreach ((Hash256 hash, List<string> peers) in propagatedTo)
            _pool!.Broadcasted([hash], [.. peers]);
    }

    private void OnTransactions(ConnectedPeer peer, byte[] notification)
    {
        if (_pool is null) return;
        byte[][] extrinsics;
        try
        {
            extrinsics = TransactionsNotification.Decode(notification);
        }
        catch (ProtocolDecodeException e)
        {
            ReportPeer(peer.PeerId, BadTransaction with { Reason = "Undecodable transactions: " + e.Message });
            return;
        }
        // Substrate ignores transactions while major syncing: they cannot be validated against an old state.
        if (IsMajorSyncing) return;
        foreach (byte[] extrinsic in extrinsics)
        {
            Hash256 hash = TransactionPool.HashOf(extrinsic);
            lock (peer) peer.KnownTransactions.Insert(hash);
            if (_pool.Contains(hash)) continue;
            Result<Hash256, TransactionPoolError> result = _pool.Submit(TransactionSource.External, extrinsic);
            if (result.IsOk) ReportPeer(peer.PeerId, GoodTransaction);
            else if (result.ErrValue.Code == TransactionPoolError.InvalidTransactionCode)
                ReportPeer(peer.PeerId, BadTransaction);
            else _logger.LogTrace("Transaction {Hash} from {Peer} not imported: {Error}", hash, peer.PeerId, result.ErrValue.Message);
        }
    }
}
