using System.Threading.Channels;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Import;
using Kusama.Frame.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Network.Sync;

/// <summary>
/// Imports downloaded blocks in order on one background task (sc-consensus <c>BasicQueue</c>): each batch is imported
/// block by block, stopping at the first block that fails or lacks its parent, and the results go back to sync. Batches
/// of an older sync generation (sync restarted since) are skipped.
/// </summary>
public sealed class ImportQueue : IAsyncDisposable
{
    private const int ReportEvery = 16;

    private readonly Channel<(int Generation, IReadOnlyList<IncomingBlock> Blocks)> _batches =
        Channel.CreateUnbounded<(int, IReadOnlyList<IncomingBlock>)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly BlockImporter _importer;
    private readonly Func<int> _currentGeneration;
    private readonly Func<bool> _isMajorSyncing;
    private readonly Action<int, IReadOnlyList<BlockImportOutcome>> _processed;
    private readonly ILogger _logger;
    private readonly Task _worker;

    /// <summary>
    /// Starts the import task. <paramref name="processed"/> receives the results with the batch's generation;
    /// <paramref name="isMajorSyncing"/> picks the block origin (initial sync or broadcast).
    /// </summary>
    public ImportQueue(BlockImporter importer, Func<int> currentGeneration, Func<bool> isMajorSyncing,
        Action<int, IReadOnlyList<BlockImportOutcome>> processed, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(currentGeneration);
        ArgumentNullException.ThrowIfNull(isMajorSyncing);
        ArgumentNullException.ThrowIfNull(processed);
        _importer = importer;
        _currentGeneration = currentGeneration;
        _isMajorSyncing = isMajorSyncing;
        _processed = processed;
        _logger = logger ?? NullLogger.Instance;
        _worker = Task.Run(RunAsync);
    }

    /// <summary>Queues <paramref name="blocks"/> (parents first) for import.</summary>
    public void Enqueue(int generation, IReadOnlyList<IncomingBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count > 0) _batches.Writer.TryWrite((generation, blocks));
    }

    /// <summary>Stops after the batch being imported.</summary>
    public async ValueTask DisposeAsync()
    {
        _batches.Writer.TryComplete();
        while (_batches.Reader.TryRead(out _))
        {
            // Pending batches are dropped: the node is shutting down.
        }
        await _worker.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        await foreach ((int generation, IReadOnlyList<IncomingBlock> blocks) in _batches.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (generation != _currentGeneration()) continue;
            BlockOrigin origin = _isMajorSyncing() ? BlockOrigin.NetworkInitialSync : BlockOrigin.NetworkBroadcast;
            var outcomes = new List<BlockImportOutcome>(Math.Min(blocks.Count, ReportEvery));
            foreach (IncomingBlock block in blocks)
            {
                if (generation != _currentGeneration() || _batches.Reader.Completion.IsCompleted) break;
                BlockImportOutcome outcome = Import(block, origin);
                outcomes.Add(outcome);
                if (outcome.Error is not null || outcome.Result is ImportResult.UnknownParent or ImportResult.KnownBad) break;
                if (outcomes.Count >= ReportEvery)
                {
                    Report(generation, outcomes);
                    outcomes = new List<BlockImportOutcome>(ReportEvery);
                }
            }
            if (outcomes.Count > 0) Report(generation, outcomes);
        }
    }

    private BlockImportOutcome Import(IncomingBlock block, BlockOrigin origin)
    {
        try
        {
            ImportResult result = _importer.Import(new Block(block.Header, block.Body), origin, block.Justifications);
            return new BlockImportOutcome(block, result, null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A refused block (or a runtime this node lacks) must not stop the queue; sync decides what follows.
            if (exception is not BlockImportException)
                _logger.LogError(exception, "Importing block #{Number} ({Hash}) failed", block.Number, block.Hash);
            return new BlockImportOutcome(block, null, exception);
        }
    }

    private void Report(int generation, List<BlockImportOutcome> outcomes)
    {
        try
        {
            _processed(generation, outcomes);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _logger.LogError(exception, "Handling import results failed");
        }
    }
}
