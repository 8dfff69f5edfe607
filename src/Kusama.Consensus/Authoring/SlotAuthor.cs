using System.Diagnostics;
using Kusama.Blockchain.BlockBuilding;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Import;
using Kusama.Blockchain.TransactionPool;
using Kusama.Consensus.Babe;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Scale.Codecs;
using Microsoft.Extensions.Logging;

namespace Kusama.Consensus.Authoring;

/// <summary>
/// Block authoring for a single-authority chain (the dev chain until full BABE arrives): at every slot it builds a block on
/// the best block as a BABE secondary-plain claim — pre-runtime digest with the slot and authority index, the timestamp
/// inherent, ready transactions from the pool in priority order up to the block's weight and length limits or the
/// proposing deadline — seals it with the authority's sr25519 key and imports it (sc-consensus-slots + sc-basic-authorship).
/// </summary>
public sealed class SlotAuthor
{
    /// <summary>Substrate's <c>MAX_SKIPPED_TRANSACTIONS</c>: after this many transactions that did not fit, the block is closed.</summary>
    public const int MaxSkippedTransactions = 8;

    /// <summary>pallet_timestamp's inherent identifier.</summary>
    private static readonly InherentIdentifier TimestampInherent = InherentIdentifier.FromAscii("timstap0");

    private readonly BlockImporter _importer;
    private readonly TransactionPool? _pool;
    private readonly KeyPair _authority;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private ulong _lastSlot;

    public SlotAuthor(BlockImporter importer, TransactionPool? pool, KeyPair authority, uint authorityIndex, TimeSpan slotDuration, ILogger logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(importer);
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(logger);
        if (authority.Scheme != KeyScheme.Sr25519) throw new ArgumentException("A BABE authority key is sr25519.", nameof(authority));
        ArgumentOutOfRangeException.ThrowIfLessThan(slotDuration, TimeSpan.FromMilliseconds(1));
        _importer = importer;
        _pool = pool;
        _authority = authority;
        AuthorityIndex = authorityIndex;
        SlotDuration = slotDuration;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>This authority's index in the set.</summary>
    public uint AuthorityIndex { get; }

    /// <summary>How long a slot lasts (6 s on Kusama; <c>--dev-block-time</c> changes it).</summary>
    public TimeSpan SlotDuration { get; }

    /// <summary>Builds a block at every slot until <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        long slotMs = (long)SlotDuration.TotalMilliseconds;
        // The first block comes right away rather than at the next slot boundary: a dev chain should move at once.
        AuthorSlotSafely((ulong)(_time.GetUtcNow().ToUnixTimeMilliseconds() / slotMs));
        while (!cancellationToken.IsCancellationRequested)
        {
            long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
            long next = (now / slotMs + 1) * slotMs;
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(next - now), _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            AuthorSlotSafely((ulong)(next / slotMs));
        }
    }

    /// <summary>
    /// Builds, seals and imports the block of <paramref name="slot"/> on the current best block. Returns its import
    /// notification, or null when the slot was already used.
    /// </summary>
    public BlockImportNotification? AuthorSlot(ulong slot)
    {
        if (slot <= _lastSlot) return null;
        _lastSlot = slot;
        BlockTree tree = _importer.Tree;
        BlockInfo best = tree.Best;
        Header parent = tree.GetHeader(best.Hash) ?? throw new InvalidOperationException($"The best block {best} has no header.");
        _logger.LogInformation("🙌 Starting consensus session on top of parent {Parent} (#{Number})", HashDisplay.Short(best.Hash), best.Number);
        var started = Stopwatch.StartNew();

        DigestItem preDigest = BabePreDigest.SecondaryPlain(AuthorityIndex, slot).ToDigestItem();
        using var builder = new BlockBuilder(_importer.Executor, parent, best.Hash, [preDigest]);
        var inherents = new InherentData();
        // The runtime raises it to the parent's time plus MinimumPeriod if the slot is shorter (pallet_timestamp's create_inherent).
        inherents.Put<ulong, U64Codec>(TimestampInherent, (ulong)_time.GetUtcNow().ToUnixTimeMilliseconds());
        builder.PushInherents(inherents);
        string end = FillFromPool(builder, started);

        BuiltBlock built = builder.Build();
        Hash256 preHash = built.Header.Hash();
        byte[] signature = _authority.Sign(preHash.Bytes);
        Header sealedHeader = built.Header with { Digest = [.. built.Header.Digest, new DigestItem.Seal(BabePreDigest.EngineId.ToArray(), signature)] };
        _logger.LogInformation("🎁 Prepared block for proposing at {Number} ({Elapsed} ms) hash: {Hash}; parent_hash: {Parent}; end: {End}; extrinsics_count: {Count}",
            sealedHeader.Number, started.ElapsedMilliseconds, preHash, sealedHeader.ParentHash, end, built.Extrinsics.Length);
        _logger.LogInformation("🔖 Pre-sealed block for proposal at {Number}. Hash now {Hash}, previously {PreHash}.", sealedHeader.Number, sealedHeader.Hash(), preHash);
        return _importer.ImportOwn(sealedHeader, built.Extrinsics, built.Executed);
    }

    private void AuthorSlotSafely(ulong slot)
    {
        try
        {
            AuthorSlot(slot);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A failed proposal costs the slot, never the node.
            _logger.LogWarning(exception, "Proposing failed at slot {Slot}: {Message}", slot, exception.Message);
        }
    }

    /// <summary>Pushes ready transactions until the block is full, the pool is empty or the proposing deadline passes.</summary>
    private string FillFromPool(BlockBuilder builder, Stopwatch started)
    {
        if (_pool is null) return "NoMoreTransactions";
        // sc-basic-authorship leaves a third of the slot for sealing, import and propagation.
        TimeSpan deadline = SlotDuration * 2 / 3;
        int skipped = 0;
        var invalid = new List<Hash256>();
        using BestIterator ready = _pool.Ready();
        try
        {
            while (ready.MoveNext())
            {
                if (started.Elapsed > deadline) return "HitDeadline";
                PooledTransaction transaction = ready.Current;
                ApplyExtrinsicResult result = builder.Push(transaction.Data);
                if (result.IsValid) continue;
                TransactionValidityError error = result.ValidityError;
                if (error.ExhaustedResources)
                {
                    if (++skipped > MaxSkippedTransactions) return "HitBlockWeightLimit";
                    continue;
                }
                ready.ReportInvalid(transaction);
                invalid.Add(transaction.Hash);
                _logger.LogDebug("Transaction {Hash} is invalid in the block: {Error}", transaction.Hash, error);
            }
        }
        finally
        {
            if (invalid.Count > 0) _pool.Remove(invalid);
        }
        return "NoMoreTransactions";
    }
}
