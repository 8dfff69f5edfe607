using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.TransactionPool;
using Kusama.Consensus.Authoring;
using Kusama.Network.Service;
using Microsoft.Extensions.Logging;

namespace Kusama.Node.Service;

/// <summary>
/// sc-informant: a line per imported block (<c>🏆 Imported #12 (0x8f72…7f29)</c>) and every few seconds the node's
/// status (<c>💤 Idle (0 peers), best: #12 (0x…), finalized #12 (0x…), ⬇ 0 ⬆ 0</c>).
/// </summary>
public sealed class Informant : IDisposable
{
    private readonly BlockTree _tree;
    private readonly TransactionPool _pool;
    private readonly NetworkService _network;
    private readonly ILogger _logger;

    public Informant(BlockTree tree, TransactionPool pool, NetworkService network, ILogger logger)
    {
        _tree = tree;
        _pool = pool;
        _network = network;
        _logger = logger;
        _tree.BlockImported += OnBlockImported;
    }

    /// <summary>How often the status line is printed (Substrate: 5 s).</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Prints the status line every <see cref="Interval"/> until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false)) LogStatus();
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The status line now.</summary>
    public void LogStatus()
    {
        BlockInfo best = _tree.Best;
        BlockInfo finalized = _tree.FinalizedBlock;
        TransactionPoolStatus pool = _pool.Status;
        _logger.LogInformation("💤 Idle ({Peers} peers), best: #{Best} ({BestHash}), finalized #{Finalized} ({FinalizedHash}), ⬇ 0 ⬆ 0, txpool ready {Ready} future {Future}",
            _network.PeerCount, best.Number, HashDisplay.Short(best.Hash), finalized.Number, HashDisplay.Short(finalized.Hash), pool.Ready, pool.Future);
    }

    public void Dispose() => _tree.BlockImported -= OnBlockImported;

    private void OnBlockImported(BlockImportNotification notification)
    {
        if (notification.IsNewBest)
        {
            if (notification.TreeRoute is { Retracted.Count: > 0 } route)
                _logger.LogInformation("♻️  Reorg on #{Number},{Hash} to #{NewNumber},{NewHash}, common ancestor #{Common},{CommonHash}",
                    route.Retracted[0].Number, HashDisplay.Short(route.Retracted[0].Hash), notification.Number, HashDisplay.Short(notification.Hash),
                    route.CommonBlock.Number, HashDisplay.Short(route.CommonBlock.Hash));
            _logger.LogInformation("🏆 Imported #{Number} ({Hash})", notification.Number, HashDisplay.Short(notification.Hash));
        }
        else
        {
            _logger.LogInformation("🆕 Imported #{Number} ({Hash})", notification.Number, HashDisplay.Short(notification.Hash));
        }
    }
}
