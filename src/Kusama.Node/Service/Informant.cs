using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.TransactionPool;
using Kusama.Consensus.Authoring;
using Kusama.Network.Service;
using Kusama.Network.Sync;
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
    private DateTime _lastAt = DateTime.UtcNow;
    private uint _lastNumber;
    private long _lastReceived;
    private long _lastSent;

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

    /// <summary>
    /// The status line now, as sc-informant: <c>💤 Idle (3 peers), best: …</c> when in step with the peers, else
    /// <c>⚙️  Syncing 812.4 bps, target=#10000 (3 peers), best: …</c> (<c>Preparing</c> once everything is downloaded).
    /// </summary>
    public void LogStatus()
    {
        BlockInfo best = _tree.Best;
        BlockInfo finalized = _tree.FinalizedBlock;
        TransactionPoolStatus pool = _pool.Status;
        DateTime now = DateTime.UtcNow;
        double seconds = (now - _lastAt).TotalSeconds;
        double bps = seconds > 0 && best.Number >= _lastNumber ? (best.Number - _lastNumber) / seconds : 0;
        _lastAt = now;
        _lastNumber = best.Number;
        SyncStatus? sync = _network.Sync?.Status;
        int peers = _network.PeerCount;
        if (sync is { State: not SyncState.Idle } status)
        {
            string what = status.State == SyncState.Importing ? "Preparing" : "Syncing";
            _logger.LogInformation("⚙️  {What} {Bps:0.0} bps, target=#{Target} ({Peers} peers), best: #{Best} ({BestHash}), finalized #{Finalized} ({FinalizedHash}), ⬇ {Down} ⬆ {Up}",
                what, bps, status.BestSeenBlock ?? best.Number, peers, best.Number, HashDisplay.Short(best.Hash), finalized.Number, HashDisplay.Short(finalized.Hash),
                Bandwidth(_network.BytesReceived, ref _lastReceived, seconds), Bandwidth(_network.BytesSent, ref _lastSent, seconds));
            return;
        }
        _logger.LogInformation("💤 Idle ({Peers} peers), best: #{Best} ({BestHash}), finalized #{Finalized} ({FinalizedHash}), ⬇ {Down} ⬆ {Up}, txpool ready {Ready} future {Future}",
            peers, best.Number, HashDisplay.Short(best.Hash), finalized.Number, HashDisplay.Short(finalized.Hash),
            Bandwidth(_network.BytesReceived, ref _lastReceived, seconds), Bandwidth(_network.BytesSent, ref _lastSent, seconds), pool.Ready, pool.Future);
    }

    /// <summary>Bytes per second since the last line, in sc-informant's units (<c>0</c>, <c>1.2kiB/s</c>, <c>3.4MiB/s</c>).</summary>
    private static string Bandwidth(long total, ref long last, double seconds)
    {
        double perSecond = seconds > 0 ? Math.Max(0, total - last) / seconds : 0;
        last = total;
        if (perSecond < 1) return "0";
        if (perSecond < 1024) return $"{perSecond:0}B/s";
        if (perSecond < 1024 * 1024) return $"{perSecond / 1024:0.0}kiB/s";
        return $"{perSecond / (1024 * 1024):0.0}MiB/s";
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
