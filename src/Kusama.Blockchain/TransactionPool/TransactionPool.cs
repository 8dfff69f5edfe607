using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Transactions;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// The transaction pool (Substrate's single-state sc-transaction-pool): validates transactions through the runtime at
/// the best block, keeps them in ready and future queues by their tags, hands them to block authoring in dependency and
/// priority order, follows the best and finalized chain, and tells watchers what happens to each transaction.
/// Thread-safe: RPC threads submit while the authoring thread iterates and the import thread reports chain events.
/// </summary>
public sealed partial class TransactionPool
{
    private readonly Lock _lock = new();
    private readonly ITransactionValidator _validator;
    private readonly TransactionPoolOptions _options;
    private readonly BasePool _pool = new();
    private readonly PoolRotator _rotator;
    private Hash256 _bestHash;
    private ulong _bestNumber;

    /// <summary>A pool validating at <paramref name="bestHash"/> (number <paramref name="bestNumber"/>) until told of a new best block.</summary>
    public TransactionPool(ITransactionValidator validator, Hash256 bestHash, ulong bestNumber, TransactionPoolOptions? options = null)
    {
        _validator = validator;
        _options = options ?? new TransactionPoolOptions();
        _rotator = new PoolRotator(_options.TimeProvider, _options.BanTime);
        _bestHash = bestHash;
        _bestNumber = bestNumber;
    }

    /// <summary>
    /// Transactions just became ready (imported or promoted), for block authoring and gossip. Raised outside the pool's
    /// lock on the thread that caused it; handlers must be quick.
    /// </summary>
    public event Action<IReadOnlyList<Hash256>>? ReadyTransactionsImported;

    public TransactionPoolOptions Options => _options;

    /// <summary>The transaction hash: blake2_256 of the full encoding, compact length prefix included.</summary>
    public static Hash256 HashOf(ReadOnlySpan<byte> extrinsic) => Blake2b.Hash256(extrinsic);

    /// <summary>Validates and imports one transaction (<c>author_submitExtrinsic</c>); returns its hash or why it was refused.</summary>
    public Result<Hash256, TransactionPoolError> Submit(TransactionSource source, byte[] extrinsic) =>
        SubmitBatch(source, [extrinsic], ignoreBanned: false, watch: false, out _)[0];

    /// <summary>Validates a batch in parallel, then imports it in order; one result per extrinsic.</summary>
    public Result<Hash256, TransactionPoolError>[] SubmitMany(TransactionSource source, IReadOnlyList<byte[]> extrinsics) =>
        SubmitBatch(source, extrinsics, ignoreBanned: false, watch: false, out _);

    /// <summary>
    /// Validates and imports one transaction and watches it (<c>author_submitAndWatchExtrinsic</c>); the watcher's first
    /// status is Ready or Future.
    /// </summary>
    public Result<TransactionWatcher, TransactionPoolError> SubmitAndWatch(TransactionSource source, byte[] extrinsic)
    {
        Result<Hash256, TransactionPoolError> result = SubmitBatch(source, [extrinsic], ignoreBanned: false, watch: true, out TransactionWatcher?[] watchers)[0];
        return result.IsOk
            ? Result<TransactionWatcher, TransactionPoolError>.Ok(watchers[0]!)
            : Result<TransactionWatcher, TransactionPoolError>.Err(result.ErrValue);
    }

    private Result<Hash256, TransactionPoolError>[] SubmitBatch(
        TransactionSource source, IReadOnlyList<byte[]> extrinsics, bool ignoreBanned, bool watch, out TransactionWatcher?[] watchers)
    {
        int count = extrinsics.Count;
        var results = new Result<Hash256, TransactionPoolError>[count];
        var hashes = new Hash256[count];
        var known = new TransactionPoolError?[count];
        watchers = new TransactionWatcher?[count];
        Hash256 at;
        ulong atNumber;
        lock (_lock)
        {
            at = _bestHash;
            atNumber = _bestNumber;
            for (int i = 0; i < count; i++)
            {
                hashes[i] = HashOf(extrinsics[i]);
                known[i] = CheckIsKnown(hashes[i], ignoreBanned);
            }
        }

        var validities = new ValidationOutcome[count];
        ValidateAll(source, extrinsics, at, known, validities);

        var newReady = new List<Hash256>();
        lock (_lock)
        {
            bool anyImported = false;
            for (int i = 0; i < count; i++)
            {
                TransactionPoolError? error = known[i] ?? ImportValidated(
                    source, extrinsics[i], hashes[i], validities[i], atNumber, watch ? watchers : null, i, newReady);
                results[i] = error is null
                    ? Result<Hash256, TransactionPoolError>.Ok(hashes[i])
                    : Result<Hash256, TransactionPoolError>.Err(error);
                anyImported |= error is null;
            }
            if (anyImported)
            {
                HashSet<Hash256> dropped = EnforceLimits();
                for (int i = 0; i < count; i++)
                {
                    if (results[i].IsOk && dropped.Contains(hashes[i]))
                    {
                        results[i] = Result<Hash256, TransactionPoolError>.Err(TransactionPoolError.ImmediatelyDropped);
                        watchers[i] = null;
                    }
                }
                newReady.RemoveAll(dropped.Contains);
            }
        }
        RaiseReady(newReady);
        return results;
    }

    private TransactionPoolError? CheckIsKnown(Hash256 hash, bool ignoreBanned)
    {
        if (!ignoreBanned && _rotator.IsBanned(hash))
            return TransactionPoolError.TemporarilyBanned;
        return _pool.IsImported(hash) ? TransactionPoolError.AlreadyImported : null;
    }

    /// <summary>Runs the runtime's validation for every extrinsic not already refused, on up to the configured threads.</summary>
    private void ValidateAll(TransactionSource source, IReadOnlyList<byte[]> extrinsics, Hash256 at, TransactionPoolError?[]? skip, ValidationOutcome[] outcomes)
    {
        int count = extrinsics.Count;
        if (count == 1 || _options.ValidationParallelism <= 1)
        {
            for (int i = 0; i < count; i++)
            {
                if (skip?[i] is null)
                    outcomes[i] = Validate(source, extrinsics[i], at);
            }
            return;
        }
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = _options.ValidationParallelism }, i =>
        {
            if (skip?[i] is null)
                outcomes[i] = Validate(source, extrinsics[i], at);
        });
    }

    private ValidationOutcome Validate(TransactionSource source, byte[] extrinsic, Hash256 at)
    {
        try
        {
            return new ValidationOutcome(_validator.Validate(source, extrinsic, at), null);
        }
        catch (Exception e)
        {
            // The runtime could not be called at all (bad state, trap): a verification error, never a pool crash.
            return new ValidationOutcome(default, e.Message);
        }
    }

    /// <summary>Turns a validation result into a pool transaction and imports it; under the lock.</summary>
    private TransactionPoolError? ImportValidated(
        TransactionSource source, byte[] extrinsic, Hash256 hash, ValidationOutcome validation, ulong atNumber,
        TransactionWatcher?[]? watchers, int index, List<Hash256> newReady)
    {
        if (validation.Failure is not null)
            return TransactionPoolError.Verification(validation.Failure);
        if (validation.Validity.TryGetErr(out TransactionValidityError validityError))
        {
            if (validityError.IsInvalid)
                _rotator.Ban(hash);
            return TransactionPoolError.FromValidity(validityError);
        }
        ValidTransaction validity = validation.Validity.OkValue;
        if (validity.Provides.Length == 0)
        {
            _rotator.Ban(hash);
            return TransactionPoolError.NoTagsProvided;
        }

        var transaction = new PooledTransaction(extrinsic, hash, source, validity, atNumber, _options.TimeProvider.GetTimestamp());
        TransactionPoolError? error = _pool.Import(transaction, out ImportOutcome? outcome);
        if (error is not null)
            return error;
        if (watchers is not null)
            watchers[index] = Watch(hash);
        FireImported(outcome!, newReady);
        return null;
    }

    /// <summary>Drops the worst transactions while a queue is over its limit; bans them and tells their watchers.</summary>
    private HashSet<Hash256> EnforceLimits()
    {
        var dropped = new HashSet<Hash256>();
        foreach (PooledTransaction transaction in _pool.EnforceLimits(_options))
        {
            _rotator.Ban(transaction.Hash);
            dropped.Add(transaction.Hash);
            Fire(transaction.Hash, TransactionStatus.Dropped);
        }
        return dropped;
    }

    private void RaiseReady(List<Hash256> hashes)
    {
        if (hashes.Count > 0)
            ReadyTransactionsImported?.Invoke(hashes);
    }
}
