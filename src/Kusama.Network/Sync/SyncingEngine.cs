using System.Threading.Channels;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Import;
using Kusama.Network.Libp2p.Identity;
using Kusama.Network.Protocols;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Network.Sync;

/// <summary>
/// Runs block sync (sc-network-sync <c>SyncingEngine</c>): feeds peer events to <see cref="ChainSync"/>, sends its block
/// requests (at most one in flight per peer) through <see cref="ISyncNetwork"/>, applies its reputation reports, and hands
/// ready blocks to an <see cref="ImportQueue"/>. Every public member is thread-safe; the work runs on one loop task.
/// </summary>
public sealed class SyncingEngine : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly BlockTree _tree;
    private readonly ISyncNetwork _network;
    private readonly ILogger _logger;
    private readonly SyncingEngineOptions _options;
    private readonly ChainSync _sync;
    private readonly ImportQueue _importQueue;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private bool _disposed;

    public SyncingEngine(BlockTree tree, BlockImporter importer, ISyncNetwork network, ILogger? logger = null, SyncingEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(network);
        _tree = tree;
        _network = network;
        _logger = logger ?? NullLogger.Instance;
        _options = options ?? new SyncingEngineOptions();
        _sync = new ChainSync(tree, _logger);
        _importQueue = new ImportQueue(importer, CurrentGeneration, () => IsMajorSyncing, OnBlocksProcessed, _logger);
        _tree.BlockImported += OnBlockImported;
    }

    /// <summary>The sync status: state, target (best seen), peers, queued blocks, starting block, imported blocks.</summary>
    public SyncStatus Status
    {
        get
        {
            lock (_lock) return _sync.Status();
        }
    }

    /// <summary>Substrate's <c>is_major_syncing</c>: the median of the peers' best blocks is more than 5 blocks ahead of our best.</summary>
    public bool IsMajorSyncing => Status.IsMajorSyncing;

    /// <summary>Starts the sync loop.</summary>
    public void Start()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_lock)
        {
            if (_loop is not null) return;
            _loop = Task.Run(() => RunAsync(_stopping.Token));
        }
    }

    /// <summary>A peer opened its block-announces substream; the service already checked its genesis. Light clients are not sync peers.</summary>
    public void PeerConnected(PeerId peer, BlockAnnouncesHandshake handshake)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(handshake);
        if (!handshake.Roles.IsFull()) return;
        lock (_lock) _sync.AddPeer(peer, handshake.BestHash, handshake.BestNumber);
        Wake();
    }

    /// <summary>A sync peer went away.</summary>
    public void PeerDisconnected(PeerId peer)
    {
        ArgumentNullException.ThrowIfNull(peer);
        lock (_lock) _sync.RemovePeer(peer);
        Wake();
    }

    /// <summary>A block announcement from <paramref name="peer"/>.</summary>
    public void OnBlockAnnounce(PeerId peer, BlockAnnounce announce)
    {
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(announce);
        lock (_lock) _sync.OnBlockAnnounce(peer, announce);
        Wake();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        _tree.BlockImported -= OnBlockImported;
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task? loop;
        lock (_lock) loop = _loop;
        if (loop is not null)
        {
            try
            {
                await loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }
        await _importQueue.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                Step(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogError(exception, "Block sync step failed");
            }
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            tick.CancelAfter(_options.TickInterval);
            try
            {
                await _wake.Reader.ReadAsync(tick.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The tick: look for work anyway.
            }
        }
    }

    private void Step(CancellationToken cancellationToken)
    {
        List<(PeerId Peer, BlockRequest Request)> requests;
        List<PeerReport> reports;
        List<IncomingBlock> ready;
        int generation;
        lock (_lock)
        {
            requests = _sync.NextRequests();
            reports = _sync.TakeReports();
            ready = _sync.TakeReadyBlocks();
            generation = _sync.Generation;
        }
        ApplyReports(reports);
        if (ready.Count > 0)
        {
            _logger.LogDebug("Importing {Count} blocks #{From}..#{To}", ready.Count, ready[0].Number, ready[^1].Number);
            _importQueue.Enqueue(generation, ready);
        }
        foreach ((PeerId peer, BlockRequest request) in requests)
            _ = RequestAsync(peer, request, cancellationToken);
    }

    private async Task RequestAsync(PeerId peer, BlockRequest request, CancellationToken cancellationToken)
    {
        BlockResponse response;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            response = await _network.RequestBlocksAsync(peer, request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            _logger.LogDebug("Block request to {Peer} failed: {Reason}", peer, exception.Message);
            lock (_lock) _sync.OnRequestFailed(peer, request, exception);
            Wake();
            return;
        }
        try
        {
            lock (_lock) _sync.OnBlockResponse(peer, request, response);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _logger.LogError(exception, "Handling the block response of {Peer} failed", peer);
        }
        Wake();
    }

    private void OnBlocksProcessed(int generation, IReadOnlyList<BlockImportOutcome> outcomes)
    {
        lock (_lock) _sync.OnBlocksProcessed(generation, outcomes);
        Wake();
    }

    private void ApplyReports(List<PeerReport> reports)
    {
        foreach (PeerReport report in reports)
        {
            try
            {
                _network.ReportPeer(report.Peer, report.Change);
                if (report.Disconnect) _network.DisconnectPeer(report.Peer, report.Change.Reason);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _logger.LogDebug("Reporting {Peer} failed: {Reason}", report.Peer, exception.Message);
            }
        }
    }

    private int CurrentGeneration()
    {
        lock (_lock) return _sync.Generation;
    }

    private void OnBlockImported(BlockImportNotification notification) => Wake();

    private void Wake() => _wake.Writer.TryWrite(true);
}
